package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.DeploymentScope;
import dev.infractl.arm.ResourceIds;
import dev.infractl.arm.ResourceState;
import dev.infractl.arm.TemplateException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-resource */
final class ResourceFunctions {

    private ResourceFunctions() {
    }

    static void register(Map<String, TemplateFunction> functions) {
        functions.put("resourceId", ResourceFunctions::resourceId);
        functions.put("subscriptionResourceId", ResourceFunctions::subscriptionResourceId);
        functions.put("tenantResourceId", call -> JsonValues.text(
                build(call, () -> ResourceIds.inTenant(call.string(0), names(call, 1)))));
        functions.put("extensionResourceId", call -> {
            String[] parts = StringFunctions.strings(call, 3);
            return JsonValues.text(parts[0] + build(call,
                    () -> ResourceIds.inTenant(parts[1], Arrays.asList(parts).subList(2, parts.length))));
        });
        functions.put("reference", ResourceFunctions::reference);
        functions.put("providers", ResourceFunctions::providers);
        functions.put("listKeys", call -> {
            call.expectCount(2, 3);
            ResourceState resources = call.context().resources(call);
            return resources.listKeys(call.context().resourceId(call.string(0), call), call.string(1));
        });
    }

    /** resourceId([subscriptionId], [resourceGroupName], resourceType, resourceName1, [resourceName2], ...). */
    private static JsonNode resourceId(Invocation call) {
        String[] parts = StringFunctions.strings(call, 2);
        DeploymentScope scope = call.context().scope();
        int typeAt = typePosition(parts);
        if (typeAt < 0) {
            throw call.fail("no argument is a resource type whose segments match the number of names given");
        }
        List<String> names = Arrays.asList(parts).subList(typeAt + 1, parts.length);
        String subscription = typeAt == 2 ? parts[0] : scope.subscriptionId();
        if (typeAt == 1 && ResourceIds.looksLikeSubscriptionId(parts[0])
                && !parts[1].toLowerCase(Locale.ROOT).startsWith("microsoft.resources/resourcegroups")) {
            return JsonValues.text(build(call, () -> ResourceIds.inSubscription(parts[0], parts[1], names)));
        }
        if (typeAt == 0 && scope.atSubscription()) { // ARM: at subscription scope, as subscriptionResourceId
            return JsonValues.text(build(call, () -> ResourceIds.inSubscription(subscription, parts[0], names)));
        }
        String group = typeAt == 2 ? parts[1] : typeAt == 1 ? parts[0] : scope.resourceGroupName();
        return JsonValues.text(build(call, () -> ResourceIds.inResourceGroup(subscription, group, parts[typeAt], names)));
    }

    private static JsonNode subscriptionResourceId(Invocation call) {
        String[] parts = StringFunctions.strings(call, 2);
        int typeAt = typePosition(parts);
        if (typeAt < 0 || typeAt > 1) {
            throw call.fail("no argument is a resource type whose segments match the number of names given");
        }
        String subscription = typeAt == 1 ? parts[0] : call.context().scope().subscriptionId();
        List<String> names = Arrays.asList(parts).subList(typeAt + 1, parts.length);
        return JsonValues.text(build(call, () -> ResourceIds.inSubscription(subscription, parts[typeAt], names)));
    }

    /** The first of the first three arguments that is a type with as many segments as names follow it. */
    private static int typePosition(String[] parts) {
        for (int i = 0; i < Math.min(3, parts.length - 1); i++) {
            long names = Arrays.stream(parts, i + 1, parts.length).mapToLong(n -> n.split("/").length).sum();
            if (parts[i].contains(".") && parts[i].contains("/") && parts[i].split("/").length - 1 == names) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> names(Invocation call, int from) {
        return Arrays.asList(StringFunctions.strings(call, from + 1)).subList(from, call.count());
    }

    private static String build(Invocation call, Supplier<String> id) {
        try {
            return id.get();
        } catch (IllegalArgumentException e) {
            throw call.fail(e.getMessage());
        }
    }

    /** providers(namespace, [resourceType]): the provider, or the one resource type's entry. Deprecated, still there. */
    private static JsonNode providers(Invocation call) {
        call.expectCount(1, 2);
        String namespace = call.string(0);
        JsonNode provider = call.context().resources(call).provider(namespace)
                .orElseThrow(() -> call.fail("the resource provider namespace '" + namespace + "' is not known here"));
        if (call.count() == 1) {
            return provider;
        }
        String type = call.string(1);
        for (JsonNode entry : provider.path("resourceTypes")) {
            if (entry.path("resourceType").asText().equalsIgnoreCase(type)) {
                return entry;
            }
        }
        throw call.fail("the resource provider '" + namespace + "' has no resource type '" + type + "'");
    }

    /** reference(nameOrId, [apiVersion], ['Full']): the properties, or the whole resource with 'Full'. */
    private static JsonNode reference(Invocation call) {
        call.expectCount(1, 3);
        ResourceState resources = call.context().resources(call);
        String id = call.context().resourceId(call.string(0), call);
        boolean full = call.count() == 3 && call.string(2).equalsIgnoreCase("Full");
        JsonNode resource = resources.resource(id).orElseThrow(() -> new TemplateException(
                TemplateException.RESOURCE_NOT_FOUND, "The Resource '" + id + "' was not found (reference() in '"
                + call.site().text() + "' at " + call.site().jsonPath() + ").", call.site().jsonPath()));
        if (full) {
            return resource;
        }
        JsonNode properties = resource.get("properties");
        return properties == null ? JsonValues.object() : properties;
    }
}
