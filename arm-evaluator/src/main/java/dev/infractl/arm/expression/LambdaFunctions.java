package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-lambda */
final class LambdaFunctions {

    private LambdaFunctions() {
    }

    static void register(Map<String, TemplateFunction> functions) {
        functions.put("lambda", call -> {
            throw call.site().error("The template function 'lambda' is not expected at this location. "
                    + "It can only be an argument of filter, groupBy, map, mapValues, reduce, sort or toObject");
        });
        functions.put("lambdaVariables", call -> call.context().lambdaVariable(call.expectCount(1, 1).string(0), call));
        functions.put("filter", call -> {
            ArrayNode result = JsonValues.array();
            ArrayNode items = call.expectCount(2, 2).array(0);
            Lambda keep = Lambda.argument(call, 1);
            for (int i = 0; i < items.size(); i++) {
                JsonNode verdict = keep.apply(items.get(i), JsonValues.integer(i));
                if (call.expect(1, verdict, "Boolean", JsonNode::isBoolean).asBoolean()) {
                    result.add(items.get(i));
                }
            }
            return result;
        });
        functions.put("map", call -> {
            ArrayNode result = JsonValues.array();
            ArrayNode items = call.expectCount(2, 2).array(0);
            Lambda mapping = Lambda.argument(call, 1);
            for (int i = 0; i < items.size(); i++) {
                result.add(mapping.apply(items.get(i), JsonValues.integer(i)));
            }
            return result;
        });
        functions.put("reduce", call -> {
            ArrayNode items = call.expectCount(3, 3).array(0);
            JsonNode accumulated = call.value(1);
            Lambda step = Lambda.argument(call, 2);
            for (int i = 0; i < items.size(); i++) {
                accumulated = step.apply(accumulated, items.get(i), JsonValues.integer(i));
            }
            return accumulated;
        });
        functions.put("sort", LambdaFunctions::sort);
        functions.put("groupBy", call -> {
            ArrayNode items = call.expectCount(2, 2).array(0);
            Lambda key = Lambda.argument(call, 1);
            ObjectNode groups = JsonValues.object();
            for (JsonNode item : items) {
                String name = call.expect(1, key.apply(item), "String", JsonNode::isTextual).asText();
                JsonNode group = groups.get(name);
                (group == null ? groups.putArray(name) : (ArrayNode) group).add(item);
            }
            return groups;
        });
        functions.put("toObject", LambdaFunctions::toObject);
        functions.put("mapValues", call -> {
            ObjectNode result = JsonValues.object();
            ObjectNode object = call.expectCount(2, 2).object(0);
            Lambda mapping = Lambda.argument(call, 1);
            object.properties().forEach(field -> result.set(field.getKey(), mapping.apply(field.getValue())));
            return result;
        });
    }

    /** sort(array, lambda('a', 'b', a-comes-before-b)); stable, like a merge sort. */
    private static JsonNode sort(Invocation call) {
        List<JsonNode> items = new ArrayList<>();
        call.expectCount(2, 2).array(0).forEach(items::add);
        Lambda before = Lambda.argument(call, 1);
        items.sort((a, b) -> {
            if (call.expect(1, before.apply(a, b), "Boolean", JsonNode::isBoolean).asBoolean()) {
                return -1;
            }
            return before.apply(b, a).asBoolean() ? 1 : 0;
        });
        ArrayNode result = JsonValues.array();
        items.forEach(result::add);
        return result;
    }

    private static JsonNode toObject(Invocation call) {
        ArrayNode items = call.expectCount(2, 3).array(0);
        Lambda key = Lambda.argument(call, 1);
        Lambda value = call.count() == 3 ? Lambda.argument(call, 2) : null;
        ObjectNode result = JsonValues.object();
        for (JsonNode item : items) {
            JsonNode name = call.expect(1, key.apply(item), "String", JsonNode::isTextual);
            result.set(name.asText(), value == null ? item : value.apply(item));
        }
        return result;
    }
}
