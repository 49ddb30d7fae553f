package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** {@code union()} and {@code intersection()} of arrays (distinct elements) or objects (keys; later wins). */
final class SetFunctions {

    private SetFunctions() {
    }

    static JsonNode union(Invocation call) {
        call.expectCount(1, Integer.MAX_VALUE);
        JsonNode first = call.value(0);
        if (first.isArray()) {
            ArrayNode result = JsonValues.array();
            for (int i = 0; i < call.count(); i++) {
                for (JsonNode element : i == 0 ? first : call.array(i)) {
                    if (!contains(result, element)) {
                        result.add(element);
                    }
                }
            }
            return result;
        }
        ObjectNode result = (ObjectNode) call.expect(0, first, "Object", JsonNode::isObject).deepCopy();
        for (int i = 1; i < call.count(); i++) {
            merge(result, call.object(i));
        }
        return result;
    }

    /** Objects merge deeply: a nested object present in both is itself a union. */
    private static void merge(ObjectNode into, ObjectNode from) {
        for (Map.Entry<String, JsonNode> field : from.properties()) {
            JsonNode existing = into.get(field.getKey());
            if (existing != null && existing.isObject() && field.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) field.getValue());
            } else {
                into.set(field.getKey(), field.getValue());
            }
        }
    }

    static JsonNode intersection(Invocation call) {
        call.expectCount(2, Integer.MAX_VALUE);
        JsonNode first = call.value(0);
        if (first.isArray()) {
            ArrayNode result = JsonValues.array();
            first.forEach(element -> {
                if (!contains(result, element)) {
                    result.add(element);
                }
            });
            for (int i = 1; i < call.count(); i++) {
                ArrayNode other = call.array(i);
                for (int j = result.size() - 1; j >= 0; j--) {
                    if (!contains(other, result.get(j))) {
                        result.remove(j);
                    }
                }
            }
            return result;
        }
        ObjectNode result = (ObjectNode) call.expect(0, first, "Object", JsonNode::isObject).deepCopy();
        for (int i = 1; i < call.count(); i++) {
            ObjectNode other = call.object(i);
            result.properties().removeIf(field -> other.get(field.getKey()) == null
                    || !JsonValues.equal(other.get(field.getKey()), field.getValue()));
        }
        return result;
    }

    private static boolean contains(JsonNode array, JsonNode element) {
        for (JsonNode existing : array) {
            if (JsonValues.equal(existing, element)) {
                return true;
            }
        }
        return false;
    }
}
