package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.infractl.JsonPaths;
import dev.infractl.arm.expression.ExpressionEvaluator;
import dev.infractl.arm.expression.ExpressionSite;
import dev.infractl.arm.expression.JsonValues;
import dev.infractl.arm.expression.TemplateStrings;
import java.util.Map;

/**
 * Evaluates every expression in a JSON value, keeping track of the JSON path of each string, and expands
 * property copy loops: an object's {@code "copy": [{"name", "count", "input"}]} becomes the array {@code name}.
 */
final class TreeEvaluator {

    private final ExpressionEvaluator expressions;

    TreeEvaluator(ExpressionEvaluator expressions) {
        this.expressions = expressions;
    }

    ExpressionEvaluator expressions() {
        return expressions;
    }

    JsonNode evaluate(JsonNode node, String path, TemplateContext context) {
        if (node == null) {
            return JsonValues.nullValue();
        }
        if (node.isTextual()) {
            String text = node.asText();
            return TemplateStrings.isExpression(text)
                    ? expressions.evaluate(new ExpressionSite(text, path), context)
                    : JsonValues.text(TemplateStrings.literal(text));
        }
        if (node.isArray()) {
            ArrayNode result = JsonValues.array();
            for (int i = 0; i < node.size(); i++) {
                result.add(evaluate(node.get(i), JsonPaths.index(path, i), context));
            }
            return result;
        }
        if (node.isObject()) {
            return object(node, path, context);
        }
        return node;
    }

    /** A string that must evaluate to a string, such as a resource name or type. */
    String string(JsonNode node, String path, TemplateContext context, String what) {
        JsonNode value = evaluate(node, path, context);
        if (!value.isTextual()) {
            throw TemplateException.invalidTemplate("The " + what + " at " + path + " must be a string but is of type '"
                    + JsonValues.typeName(value) + "'.", path);
        }
        return value.asText();
    }

    boolean bool(JsonNode node, String path, TemplateContext context, String what) {
        JsonNode value = evaluate(node, path, context);
        if (!value.isBoolean()) {
            throw TemplateException.invalidTemplate("The " + what + " at " + path + " must be a boolean but is of type '"
                    + JsonValues.typeName(value) + "'.", path);
        }
        return value.asBoolean();
    }

    int count(JsonNode node, String path, TemplateContext context) {
        JsonNode value = evaluate(node, path, context);
        if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > 800) {
            throw TemplateException.invalidTemplate("The copy count at " + path
                    + " must be an integer from 0 to 800 but is '" + JsonValues.toText(value) + "'.", path);
        }
        return value.asInt();
    }

    private JsonNode object(JsonNode node, String path, TemplateContext context) {
        ObjectNode result = JsonValues.object();
        JsonNode loops = node.get("copy");
        boolean propertyCopy = isPropertyCopy(loops);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!(propertyCopy && field.getKey().equals("copy"))) {
                String fieldPath = JsonPaths.child(path, field.getKey());
                result.set(key(field.getKey(), fieldPath, context), evaluate(field.getValue(), fieldPath, context));
            }
        }
        if (propertyCopy) {
            for (int i = 0; i < loops.size(); i++) {
                JsonNode loop = loops.get(i);
                String loopPath = JsonPaths.index(JsonPaths.child(path, "copy"), i);
                String name = loop.get("name").asText();
                int count = count(loop.get("count"), loopPath + ".count", context);
                ArrayNode items = JsonValues.array();
                for (int index = 0; index < count; index++) {
                    items.add(evaluate(loop.get("input"), loopPath + ".input", context.withCopyIndex(name, index)));
                }
                result.set(name, items);
            }
        }
        return result;
    }

    /** A property name can be an expression too, as user-assigned identities are keyed by resourceId(). */
    private String key(String name, String path, TemplateContext context) {
        if (!name.startsWith("[") || !name.endsWith("]") || name.startsWith("[[")) {
            return name;
        }
        JsonNode value = evaluate(TextNode.valueOf(name), path, context);
        if (!value.isTextual()) {
            throw TemplateException.invalidTemplate("The property name at " + path + " must evaluate to a string but is of"
                    + " type '" + JsonValues.typeName(value) + "'.", path);
        }
        return value.asText();
    }

    static boolean isPropertyCopy(JsonNode loops) {
        if (loops == null || !loops.isArray() || loops.isEmpty()) {
            return false;
        }
        for (JsonNode loop : loops) {
            if (!loop.isObject() || !loop.has("name") || !loop.has("count") || !loop.has("input")) {
                return false;
            }
        }
        return true;
    }
}
