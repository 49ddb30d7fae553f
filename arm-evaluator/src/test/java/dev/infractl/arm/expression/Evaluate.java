package dev.infractl.arm.expression;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.DeploymentScope;
import dev.infractl.arm.ResourceState;
import dev.infractl.arm.TemplateEvaluator;

/** Evaluates one expression the way a deployment would: as the value of a template output. */
final class Evaluate {

    static final DeploymentScope SCOPE = new DeploymentScope("72f988bf-86f1-41af-91ab-2d7cd011db47",
            "00000000-0000-0000-0000-000000000001", "demo-rg", "eastus", "inference-20261125-120000");

    private Evaluate() {
    }

    static JsonNode expression(String expression) {
        return expression(expression, "{}");
    }

    /** @param parameters the template's parameter declarations, as JSON */
    static JsonNode expression(String expression, String parameters) {
        ObjectNode template = JsonNodeFactory.instance.objectNode();
        template.put("$schema", "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
        template.put("contentVersion", "1.0.0.0");
        template.set("parameters", json(parameters));
        template.putArray("resources");
        template.putObject("outputs").putObject("result").put("type", "object").put("value", expression);
        return TemplateEvaluator.prepare(template, JsonNodeFactory.instance.objectNode(), SCOPE)
                .outputs(ResourceState.none()).get("result").get("value");
    }

    static JsonNode json(String text) {
        try {
            return JsonValues.parse(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON in a test: " + text, e);
        }
    }
}
