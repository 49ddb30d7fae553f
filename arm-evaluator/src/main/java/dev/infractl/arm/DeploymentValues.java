package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.expression.ExpressionEvaluator;
import dev.infractl.arm.expression.FunctionRegistry;
import dev.infractl.arm.expression.JsonValues;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What every evaluation in one deployment shares: the template, the scope, parameters and variables, and the
 * names of the template's resources (so that {@code reference('name')} finds the resource's id).
 */
final class DeploymentValues {

    private final JsonNode template;
    private final DeploymentScope scope;
    private final Clock clock;
    private final TreeEvaluator trees;
    private final ParameterTable parameters;
    private final VariableTable variables;
    private final Map<String, String> resourceIdsByName;

    DeploymentValues(JsonNode template, JsonNode givenParameters, DeploymentScope scope, Clock clock,
                     FunctionRegistry functions) {
        this.template = template;
        this.scope = scope;
        this.clock = clock;
        this.trees = new TreeEvaluator(new ExpressionEvaluator(functions));
        this.parameters = new ParameterTable(template.path("parameters"), givenParameters);
        this.variables = new VariableTable(template.path("variables"));
        this.resourceIdsByName = Map.of();
    }

    private DeploymentValues(DeploymentValues base, Map<String, String> resourceIdsByName) {
        this.template = base.template;
        this.scope = base.scope;
        this.clock = base.clock;
        this.trees = base.trees;
        this.parameters = base.parameters;
        this.variables = base.variables;
        this.resourceIdsByName = Map.copyOf(resourceIdsByName);
    }

    /** @param resourceIdsByName lower-case resource names and symbolic names to resource ids */
    DeploymentValues withResources(Map<String, String> resourceIdsByName) {
        return new DeploymentValues(this, resourceIdsByName);
    }

    TemplateContext context() {
        return new TemplateContext(this);
    }

    JsonNode template() {
        return template;
    }

    DeploymentScope scope() {
        return scope;
    }

    Clock clock() {
        return clock;
    }

    TreeEvaluator trees() {
        return trees;
    }

    ParameterTable parameters() {
        return parameters;
    }

    VariableTable variables() {
        return variables;
    }

    Optional<String> resourceId(String nameOrId) {
        if (nameOrId.startsWith("/")) {
            return Optional.of(nameOrId);
        }
        return Optional.ofNullable(resourceIdsByName.get(nameOrId.toLowerCase(Locale.ROOT)));
    }

    JsonNode deployment() {
        ObjectNode deployment = JsonValues.object();
        deployment.put("name", scope.deploymentName());
        if (scope.atSubscription()) {
            deployment.put("location", scope.resourceGroupLocation());
        }
        ObjectNode properties = deployment.putObject("properties");
        ObjectNode summary = properties.putObject("template");
        summary.put("contentVersion", template.path("contentVersion").asText("1.0.0.0"));
        if (template.has("metadata")) {
            summary.set("metadata", template.get("metadata"));
        }
        properties.put("mode", "Incremental");
        properties.put("provisioningState", "Accepted");
        return deployment;
    }
}
