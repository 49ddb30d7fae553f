package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.expression.JsonValues;
import java.util.Map;

/**
 * Nested deployments (Bicep modules). With inner scope the template's expressions belong to the nested template,
 * so the outer deployment leaves them as written for the caller to deploy. With outer scope (the default) they
 * read the parent's parameters and variables: the caller gets a self-contained template that declares the
 * parent's parameters, passes their values, and holds the parent's variables as evaluated literals.
 */
final class NestedDeployments {

    static final String TYPE = "Microsoft.Resources/deployments";

    private NestedDeployments() {
    }

    static boolean isDeployment(JsonNode resource) {
        return resource.path("type").asText().equalsIgnoreCase(TYPE);
    }

    static boolean hasInnerScope(JsonNode resource) {
        return isDeployment(resource)
                && resource.path("properties").path("expressionEvaluationOptions").path("scope").asText()
                        .equalsIgnoreCase("inner");
    }

    /** Removes and returns the inner template of such a deployment, or returns null for any other resource. */
    static JsonNode detachInnerTemplate(ObjectNode resource) {
        if (!hasInnerScope(resource) || !resource.path("properties").has("template")) {
            return null;
        }
        return ((ObjectNode) resource.get("properties")).remove("template");
    }

    /** Removes and returns the template of an outer-scope nested deployment, or returns null. */
    static JsonNode detachOuterTemplate(ObjectNode resource) {
        if (!isDeployment(resource) || hasInnerScope(resource) || !resource.path("properties").path("template").isObject()) {
            return null;
        }
        return ((ObjectNode) resource.get("properties")).remove("template");
    }

    /** Sets {@code properties.template} and {@code properties.parameters} of an evaluated outer-scope deployment. */
    static void inParentScope(ObjectNode body, JsonNode nested, DeploymentValues values) {
        JsonNode parent = values.template();
        ObjectNode template = ((ObjectNode) nested).deepCopy();
        ObjectNode declarations = template.putObject("parameters");
        ObjectNode given = JsonValues.object();
        for (Map.Entry<String, JsonNode> entry : values.parameters().all(values.context()).entrySet()) {
            JsonNode declared = parent.path("parameters").path(entry.getKey());
            ObjectNode declaration = declared.isObject() ? ((ObjectNode) declared).deepCopy() : JsonValues.object();
            declaration.remove("defaultValue");
            declarations.set(entry.getKey(), declaration);
            given.putObject(entry.getKey()).set("value", entry.getValue());
        }
        ObjectNode variables = template.putObject("variables");
        values.variables().all(values.context()).forEach((name, value) -> variables.set(name, literal(value)));
        for (String shared : new String[] {"functions", "definitions"}) {
            if (parent.has(shared)) {
                template.set(shared, parent.get(shared));
            }
        }
        ObjectNode properties = body.get("properties") instanceof ObjectNode existing ? existing : body.putObject("properties");
        properties.set("template", template);
        properties.set("parameters", given);
    }

    /** A value written into a template so that it evaluates to itself: strings starting with '[' are escaped. */
    private static JsonNode literal(JsonNode value) {
        if (value.isTextual() && value.asText().startsWith("[")) {
            return JsonValues.text("[" + value.asText());
        }
        if (value.isArray()) {
            ArrayNode items = JsonValues.array();
            value.forEach(item -> items.add(literal(item)));
            return items;
        }
        if (value.isObject()) {
            ObjectNode fields = JsonValues.object();
            value.properties().forEach(field -> fields.set(field.getKey(), literal(field.getValue())));
            return fields;
        }
        return value;
    }
}
