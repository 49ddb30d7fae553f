package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of a template that its users and the Azure providers depend on: parameters with their
 * constraints, the resources, and the outputs with their types.
 *
 * @param resources each as {@code type@apiVersion nameExpression}, sorted
 */
record TemplateShape(Map<String, ParameterShape> parameters, List<String> resources, Map<String, String> outputs) {

    /** The shape of ARM JSON as Bicep emits it (classic resource array, or symbolic resources object). */
    static TemplateShape of(JsonNode template) {
        Map<String, ParameterShape> parameters = new TreeMap<>();
        template.path("parameters").properties().forEach(entry -> {
            JsonNode declaration = entry.getValue();
            List<JsonNode> allowed = new ArrayList<>();
            declaration.path("allowedValues").forEach(allowed::add);
            parameters.put(entry.getKey(), new ParameterShape(
                    declaration.path("type").asText(),
                    declaration.get("defaultValue"),
                    List.copyOf(allowed),
                    number(declaration, "minValue"),
                    number(declaration, "maxValue"),
                    number(declaration, "minLength"),
                    number(declaration, "maxLength"),
                    declaration.path("metadata").path("description").textValue()));
        });
        List<String> resources = new ArrayList<>();
        for (JsonNode resource : template.path("resources")) {
            if (!resource.path("existing").asBoolean(false)) {
                resources.add(resource.path("type").asText() + "@" + resource.path("apiVersion").asText()
                        + " " + resource.path("name").asText());
            }
        }
        resources.sort(null);
        Map<String, String> outputs = new TreeMap<>();
        template.path("outputs").properties().forEach(
                entry -> outputs.put(entry.getKey(), entry.getValue().path("type").asText()));
        return new TemplateShape(parameters, List.copyOf(resources), outputs);
    }

    private static Long number(JsonNode declaration, String field) {
        JsonNode value = declaration.get(field);
        return value == null ? null : value.asLong();
    }
}
