package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A function the template declares in its {@code functions} section (Bicep's {@code func}), called as
 * {@code namespace.name(...)}. Its body sees only its own parameters, as in Resource Manager.
 */
final class UserFunction implements TemplateFunction {

    private final List<String> parameterNames;
    private final JsonNode body;
    private final String jsonPath;

    UserFunction(List<String> parameterNames, JsonNode body, String jsonPath) {
        this.parameterNames = List.copyOf(parameterNames);
        this.body = body;
        this.jsonPath = jsonPath;
    }

    @Override
    public JsonNode apply(Invocation call) {
        call.expectCount(parameterNames.size(), parameterNames.size());
        Map<String, JsonNode> arguments = new HashMap<>();
        for (int i = 0; i < parameterNames.size(); i++) {
            arguments.put(parameterNames.get(i).toLowerCase(Locale.ROOT), call.value(i));
        }
        return evaluate(body, jsonPath, new UserFunctionContext(call.context(), arguments), call);
    }

    private JsonNode evaluate(JsonNode node, String path, EvaluationContext context, Invocation call) {
        if (node.isTextual() && TemplateStrings.isExpression(node.asText())) {
            return call.evaluate(new ExpressionSite(node.asText(), path), context);
        }
        if (node.isTextual()) {
            return JsonValues.text(TemplateStrings.literal(node.asText()));
        }
        if (node.isArray()) {
            ArrayNode result = JsonValues.array();
            for (int i = 0; i < node.size(); i++) {
                result.add(evaluate(node.get(i), path + "[" + i + "]", context, call));
            }
            return result;
        }
        if (node.isObject()) {
            ObjectNode result = JsonValues.object();
            node.properties().forEach(field -> result.set(field.getKey(),
                    evaluate(field.getValue(), path + "." + field.getKey(), context, call)));
            return result;
        }
        return node;
    }
}
