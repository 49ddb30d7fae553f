package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.DeploymentScope;
import dev.infractl.arm.PreparedDeployment;
import dev.infractl.arm.TemplateEvaluator;
import dev.infractl.arm.TemplateException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Works out expression defaults offline with the ARM evaluator, the same way Resource Manager will:
 * names built from {@code uniqueString(resourceGroup().id)} need only the subscription and resource group.
 * The resource group's region is unknown offline unless given, so a default that depends on it keeps
 * showing its expression.
 */
public final class EvaluatedDefaults implements ExpressionDefaults {

    /** Stands in for an unknown region; any value that contains it is not shown as evaluated. */
    private static final String UNKNOWN_LOCATION = "infractl-unknown-location";
    private static final String NO_TENANT = "00000000-0000-0000-0000-000000000000";

    private final String location;

    /** @param location the resource group's region when known (--location), else null */
    public EvaluatedDefaults(String location) {
        this.location = location;
    }

    @Override
    public Map<String, JsonNode> evaluate(JsonNode template, ObjectNode parameters, Target target) {
        if (!target.subscription().isSet() || !target.resourceGroup().isSet()) {
            return Map.of();
        }
        DeploymentScope scope = new DeploymentScope(NO_TENANT, target.subscription().value(),
                target.resourceGroup().value(), location == null ? UNKNOWN_LOCATION : location, "params");
        PreparedDeployment prepared;
        try {
            prepared = TemplateEvaluator.prepare(template, parameters, scope);
        } catch (TemplateException e) {
            // a missing required value or a bad value is reported by the validator, with its location
            return Map.of();
        }
        Map<String, JsonNode> known = new LinkedHashMap<>();
        prepared.parameters().forEach((name, value) -> {
            if (value != null && !value.toString().contains(UNKNOWN_LOCATION)) {
                known.put(name, value);
            }
        });
        return known;
    }
}
