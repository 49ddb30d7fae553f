package dev.infractl.arm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.expression.JsonValues;
import java.util.List;

/** Small templates written inline in tests, with single quotes standing for double quotes. */
final class Templates {

    static final DeploymentScope SCOPE = new DeploymentScope("72f988bf-86f1-41af-91ab-2d7cd011db47",
            "00000000-0000-0000-0000-000000000001", "demo-rg", "eastus", "inference-20261125-120000");
    static final String GROUP = SCOPE.resourceGroupId();

    private Templates() {
    }

    /** JSON written with ` for double quotes, so ARM's single-quoted strings stay readable. */
    static JsonNode json(String text) {
        try {
            return JsonValues.parse(text.replace('`', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON in a test: " + text, e);
        }
    }

    static PreparedDeployment prepare(String template) {
        return prepare(template, "{}");
    }

    static PreparedDeployment prepare(String template, String parameters) {
        return TemplateEvaluator.prepare(json(template), json(parameters), SCOPE);
    }

    static List<String> names(PreparedDeployment deployment) {
        return deployment.resources().stream().map(PlannedResource::name).toList();
    }

    static String id(String type, String name) {
        return ResourceIds.of(SCOPE, type, name);
    }
}
