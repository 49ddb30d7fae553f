package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.expression.FunctionRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The steps of {@link TemplateEvaluator#prepare}: check, resolve values, expand resources, order them. */
final class DeploymentPreparation {

    private final JsonNode template;
    private final JsonNode parameters;
    private final DeploymentScope scope;
    private final Clock clock;

    DeploymentPreparation(JsonNode template, JsonNode parameters, DeploymentScope scope, Clock clock) {
        this.template = template;
        this.parameters = parameters;
        this.scope = scope;
        this.clock = clock;
    }

    PreparedDeployment prepare() {
        if (template == null || !template.isObject()) {
            throw TemplateException.invalidTemplate("The template must be a JSON object.", "$");
        }
        FunctionRegistry functions = FunctionRegistry.standard().withUserFunctions(template.get("functions"));
        new FunctionCheck(functions).check(template);
        DeploymentValues values = new DeploymentValues(template, parameters, scope, clock, functions);
        values.parameters().checkGiven();
        Map<String, JsonNode> effectiveParameters = values.parameters().all(values.context());
        Map<String, JsonNode> variables = values.variables().all(values.context());
        List<ResourceInstance> instances = new ResourcePlanner(values).plan();
        rejectDuplicates(instances);
        DeploymentValues withResources = values.withResources(ResourcePlanner.idsByName(instances));
        Map<PlannedResource, ResourceInstance> ordered = new ResourceOrder(instances, withResources).plan();
        ordered.values().removeIf(instance -> instance.existing());
        return new PreparedDeployment(effectiveParameters, variables, List.copyOf(ordered.keySet()),
                new PreparedTemplate(withResources, ordered));
    }

    private static void rejectDuplicates(List<ResourceInstance> instances) {
        Map<String, ResourceInstance> seen = new HashMap<>();
        for (ResourceInstance instance : instances) {
            if (!instance.deployed()) {
                continue;
            }
            ResourceInstance earlier = seen.putIfAbsent(instance.id().toLowerCase(Locale.ROOT), instance);
            if (earlier != null) {
                throw TemplateException.invalidTemplate("The resource '" + instance.id() + "' is defined multiple "
                        + "times in a template (at " + earlier.jsonPath() + " and " + instance.jsonPath() + ").",
                        instance.jsonPath());
            }
        }
    }
}
