package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.JsonPaths;
import dev.infractl.arm.expression.JsonValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a prepared deployment keeps to evaluate resource bodies and outputs once resources exist. */
public final class PreparedTemplate {

    private final DeploymentValues values;
    private final Map<PlannedResource, ResourceInstance> instances;

    PreparedTemplate(DeploymentValues values, Map<PlannedResource, ResourceInstance> instances) {
        this.values = values;
        this.instances = Map.copyOf(instances);
    }

    JsonNode evaluateResource(PlannedResource resource, ResourceState state) {
        ResourceInstance instance = instances.get(resource);
        if (instance == null) {
            throw new IllegalArgumentException("the resource " + resource.resourceId() + " is not part of this deployment");
        }
        ObjectNode declaration = instance.body().deepCopy();
        declaration.remove(List.of("copy", "condition", "dependsOn", "resources", "existing", "comments"));
        TemplateContext context = values.context().withCopyIndices(instance.copyIndices()).withState(state);
        JsonNode innerTemplate = NestedDeployments.detachInnerTemplate(declaration);
        JsonNode outerTemplate = NestedDeployments.detachOuterTemplate(declaration);
        ObjectNode body = (ObjectNode) values.trees().evaluate(declaration, instance.jsonPath(), context);
        if (innerTemplate != null) {
            ((ObjectNode) body.get("properties")).set("template", innerTemplate);
        }
        if (outerTemplate != null) {
            NestedDeployments.inParentScope(body, outerTemplate, values);
        }
        body.put("type", instance.type());
        body.put("name", instance.name());
        if (instance.apiVersion() != null) {
            body.put("apiVersion", instance.apiVersion());
        }
        return body;
    }

    Map<String, JsonNode> outputs(ResourceState state) {
        Map<String, JsonNode> outputs = new LinkedHashMap<>();
        JsonNode declarations = values.template().path("outputs");
        TemplateContext context = values.context().withState(state);
        for (Map.Entry<String, JsonNode> entry : declarations.properties()) {
            String path = JsonPaths.child("$.outputs", entry.getKey());
            JsonNode declaration = entry.getValue();
            if (declaration.has("condition")
                    && !values.trees().bool(declaration.get("condition"), path + ".condition", context, "output condition")) {
                continue;
            }
            ObjectNode output = JsonValues.object();
            output.put("type", armTypeName(declaration.path("type").asText("object")));
            output.set("value", value(declaration, path, context));
            outputs.put(entry.getKey(), output);
        }
        return outputs;
    }

    private JsonNode value(JsonNode declaration, String path, TemplateContext context) {
        JsonNode copy = declaration.get("copy");
        if (copy == null) {
            return values.trees().evaluate(declaration.get("value"), path + ".value", context);
        }
        int count = values.trees().count(copy.get("count"), path + ".copy.count", context);
        ArrayNode items = JsonValues.array();
        for (int index = 0; index < count; index++) {
            items.add(values.trees().evaluate(copy.get("input"), path + ".copy.input",
                    context.withCopyIndex(path, index)));
        }
        return items;
    }

    /** Deployment outputs carry the type as Resource Manager spells it: String, Int, Bool, Array, Object. */
    private static String armTypeName(String declared) {
        return switch (declared.toLowerCase(Locale.ROOT)) {
            case "securestring" -> "SecureString";
            case "secureobject" -> "SecureObject";
            default -> declared.isEmpty() ? declared
                    : declared.substring(0, 1).toUpperCase(Locale.ROOT) + declared.substring(1).toLowerCase(Locale.ROOT);
        };
    }
}
