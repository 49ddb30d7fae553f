package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Object and array helpers Bicep emits: items(), tryGet() (for {@code ?.}), shallowMerge(), flatten(). */
final class ObjectFunctions {

    private ObjectFunctions() {
    }

    static void register(Map<String, TemplateFunction> functions) {
        functions.put("items", ObjectFunctions::items);
        functions.put("tryGet", ObjectFunctions::tryGet);
        functions.put("indexFromEnd", call -> {
            ArrayNode array = call.expectCount(2, 2).array(0);
            long position = call.integer(1);
            if (position < 1 || position > array.size()) {
                throw call.fail("the index from the end " + position + " is outside the array of " + array.size()
                        + " item(s); it counts from 1 (the last item)");
            }
            return array.get(array.size() - (int) position);
        });
        functions.put("tryIndexFromEnd", call -> {
            call.expectCount(2, Integer.MAX_VALUE);
            JsonNode current = step(call.value(0), fromEnd(call.value(1)));
            for (int i = 2; i < call.count() && !current.isNull(); i++) {
                current = step(current, call.value(i));
            }
            return current;
        });
        functions.put("shallowMerge", call -> {
            ObjectNode merged = JsonValues.object();
            call.expectCount(1, 1).array(0).forEach(item ->
                    merged.setAll((ObjectNode) call.expect(0, item, "Object", JsonNode::isObject)));
            return merged;
        });
        functions.put("flatten", call -> {
            ArrayNode flat = JsonValues.array();
            call.expectCount(1, 1).array(0).forEach(item ->
                    flat.addAll((ArrayNode) call.expect(0, item, "Array", JsonNode::isArray)));
            return flat;
        });
    }

    /** items(object): [{"key": k, "value": v}, ...] sorted by key, as Resource Manager returns them. */
    private static JsonNode items(Invocation call) {
        ObjectNode object = call.expectCount(1, 1).object(0);
        ArrayNode items = JsonValues.array();
        object.properties().stream()
                .sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
                .forEach(field -> items.addObject().put("key", field.getKey()).set("value", field.getValue()));
        return items;
    }

    /**
     * tryGet(value, key1, key2, ...): follows keys (object properties or array indices), null when absent. Bicep
     * writes an index from the end ({@code a[^1]}) as the key {@code {"value": 1, "fromEnd": true}}.
     */
    private static JsonNode tryGet(Invocation call) {
        call.expectCount(2, Integer.MAX_VALUE);
        JsonNode current = call.value(0);
        for (int i = 1; i < call.count() && !current.isNull(); i++) {
            current = step(current, call.value(i));
        }
        return current;
    }

    private static JsonNode step(JsonNode current, JsonNode key) {
        JsonNode next = null;
        if (current.isObject() && key.isTextual()) {
            next = JsonValues.field(current, key.asText());
        } else if (current.isArray() && key.isIntegralNumber()) {
            next = current.get(key.asInt());
        } else if (current.isArray() && key.path("value").isIntegralNumber()) {
            int index = key.path("value").asInt();
            next = key.path("fromEnd").asBoolean(false) ? (index < 1 ? null : current.get(current.size() - index))
                    : current.get(index);
        }
        return next == null ? JsonValues.nullValue() : next;
    }

    private static JsonNode fromEnd(JsonNode position) {
        ObjectNode key = JsonValues.object();
        key.set("value", position);
        return key.put("fromEnd", true);
    }
}
