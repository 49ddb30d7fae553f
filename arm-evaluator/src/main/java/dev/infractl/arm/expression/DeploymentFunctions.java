package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.DeploymentScope;
import java.util.Map;
import java.util.UUID;

/** Deployment, scope and copy-loop functions: parameters(), variables(), resourceGroup(), copyIndex(), ... */
final class DeploymentFunctions {

    private DeploymentFunctions() {
    }

    static void register(Map<String, TemplateFunction> functions) {
        functions.put("parameters", call -> call.context().parameter(call.expectCount(1, 1).string(0), call));
        functions.put("variables", call -> call.context().variable(call.expectCount(1, 1).string(0), call));
        functions.put("deployment", call -> call.expectCount(0, 0).context().deployment().deepCopy());
        functions.put("resourceGroup", call -> {
            DeploymentScope scope = call.expectCount(0, 0).context().scope();
            if (scope.atSubscription()) {
                // ARM names the function in capitals here; a subscription-scope template has no group to answer
                throw call.site().error("The template function 'RESOURCEGROUP' is not expected at this location. It"
                        + " can only be used in a template deployed to a resource group, not at subscription scope");
            }
            return resourceGroup(scope);
        });
        functions.put("subscription", call -> subscription(call.expectCount(0, 0).context().scope()));
        functions.put("tenant", call -> {
            ObjectNode tenant = JsonValues.object();
            tenant.put("tenantId", call.expectCount(0, 0).context().scope().tenantId());
            tenant.put("countryCode", "US");
            tenant.put("displayName", "Default Directory");
            return tenant;
        });
        functions.put("environment", call -> CloudEnvironment.azureCloud());
        functions.put("copyIndex", DeploymentFunctions::copyIndex);
        functions.put("utcNow", DeploymentFunctions::utcNow);
        functions.put("newGuid", call -> {
            requireParameterDefault(call.expectCount(0, 0));
            return JsonValues.text(UUID.randomUUID().toString());
        });
    }

    static JsonNode resourceGroup(DeploymentScope scope) {
        ObjectNode group = JsonValues.object();
        group.put("id", scope.resourceGroupId());
        group.put("name", scope.resourceGroupName());
        group.put("type", "Microsoft.Resources/resourceGroups");
        group.put("location", scope.resourceGroupLocation());
        group.putObject("tags");
        group.putObject("properties").put("provisioningState", "Succeeded");
        return group;
    }

    static JsonNode subscription(DeploymentScope scope) {
        ObjectNode subscription = JsonValues.object();
        subscription.put("id", scope.subscriptionResourceId());
        subscription.put("subscriptionId", scope.subscriptionId());
        subscription.put("tenantId", scope.tenantId());
        subscription.put("displayName", scope.subscriptionId());
        return subscription;
    }

    /** copyIndex(), copyIndex(offset), copyIndex('loop') or copyIndex('loop', offset). */
    private static JsonNode copyIndex(Invocation call) {
        call.expectCount(0, 2);
        String loop = null;
        long offset = 0;
        if (call.count() >= 1) {
            JsonNode first = call.value(0);
            if (first.isTextual()) {
                loop = first.asText();
                offset = call.count() == 2 ? call.integer(1) : 0;
            } else {
                offset = call.expect(0, first, "Integer", JsonNode::isIntegralNumber).asLong();
            }
        }
        return JsonValues.integer(call.context().copyIndex(loop, call) + offset);
    }

    private static JsonNode utcNow(Invocation call) {
        requireParameterDefault(call.expectCount(0, 1));
        String format = call.count() == 1 ? call.string(0) : "yyyyMMddTHHmmssZ";
        return JsonValues.text(DateFormats.format(call.context().clock().instant(), format));
    }

    private static void requireParameterDefault(Invocation call) {
        if (!call.context().allowsCurrentTime()) {
            throw call.site().error("The template function '" + call.name() + "' is not expected at this location. "
                    + "It can only be used in the default value of a parameter");
        }
    }
}
