package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Functions over strings, arrays and objects alike: array and object functions of
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-array
 */
final class CollectionFunctions {

    private CollectionFunctions() {
    }

    static void register(Map<String, TemplateFunction> functions) {
        functions.put("concat", CollectionFunctions::concat);
        functions.put("length", call -> JsonValues.integer(size(call, call.expectCount(1, 1).value(0))));
        functions.put("empty", call -> JsonValues.bool(isEmpty(call.expectCount(1, 1).value(0))));
        functions.put("contains", CollectionFunctions::contains);
        functions.put("first", call -> end(call, true));
        functions.put("last", call -> end(call, false));
        functions.put("take", call -> slice(call, true));
        functions.put("skip", call -> slice(call, false));
        functions.put("indexOf", call -> indexOf(call, true));
        functions.put("lastIndexOf", call -> indexOf(call, false));
        functions.put("createArray", call -> {
            ArrayNode array = JsonValues.array();
            call.values().forEach(array::add);
            return array;
        });
        functions.put("array", call -> {
            JsonNode value = call.expectCount(1, 1).value(0);
            return value.isArray() ? value : JsonValues.array().add(value);
        });
        functions.put("createObject", CollectionFunctions::createObject);
        functions.put("union", SetFunctions::union);
        functions.put("intersection", SetFunctions::intersection);
        functions.put("range", CollectionFunctions::range);
        functions.put("join", CollectionFunctions::join);
        functions.put("objectKeys", call -> {
            ArrayNode keys = JsonValues.array();
            call.expectCount(1, 1).object(0).fieldNames().forEachRemaining(keys::add);
            return keys;
        });
    }

    /** Strings concatenate into a string, arrays into an array; the first argument decides which. */
    private static JsonNode concat(Invocation call) {
        call.expectCount(1, Integer.MAX_VALUE);
        JsonNode first = call.value(0);
        if (first.isArray()) {
            ArrayNode result = JsonValues.array();
            for (int i = 0; i < call.count(); i++) {
                JsonNode value = i == 0 ? first : call.value(i);
                if (value.isArray()) {
                    result.addAll((ArrayNode) value);
                } else if (!value.isNull()) {
                    throw call.fail("cannot concatenate an array with a value of type '" + JsonValues.typeName(value) + "'");
                }
            }
            return result;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < call.count(); i++) {
            JsonNode value = i == 0 ? first : call.value(i);
            if (value.isArray() || value.isObject()) {
                throw call.fail("the argument " + (i + 1) + " is of type '" + JsonValues.typeName(value)
                        + "'; only strings, integers and booleans can be concatenated into a string");
            }
            text.append(JsonValues.toText(value));
        }
        return JsonValues.text(text.toString());
    }

    static int size(Invocation call, JsonNode value) {
        if (value.isTextual()) {
            return value.asText().length();
        }
        if (value.isArray() || value.isObject()) {
            return value.size();
        }
        throw call.fail("expects a string, an array or an object but got a value of type '"
                + JsonValues.typeName(value) + "'");
    }

    static boolean isEmpty(JsonNode value) {
        return value.isNull() || value.isTextual() && value.asText().isEmpty()
                || value.isContainerNode() && value.isEmpty();
    }

    /** Strings: case-sensitive substring; arrays: an equal element; objects: a key, ignoring case. */
    private static JsonNode contains(Invocation call) {
        call.expectCount(2, 2);
        JsonNode container = call.value(0);
        JsonNode item = call.value(1);
        if (container.isTextual()) {
            return JsonValues.bool(container.asText().contains(JsonValues.toText(item)));
        }
        if (container.isArray()) {
            for (JsonNode element : container) {
                if (JsonValues.equal(element, item)) {
                    return JsonValues.bool(true);
                }
            }
            return JsonValues.bool(false);
        }
        if (container.isObject()) {
            return JsonValues.bool(JsonValues.field(container, JsonValues.toText(item)) != null);
        }
        throw call.fail("the first argument must be a string, an array or an object");
    }

    private static JsonNode end(Invocation call, boolean first) {
        JsonNode value = call.expectCount(1, 1).value(0);
        if (value.isTextual()) {
            String text = value.asText();
            return JsonValues.text(text.isEmpty() ? "" : String.valueOf(text.charAt(first ? 0 : text.length() - 1)));
        }
        if (value.isArray()) {
            return value.isEmpty() ? JsonValues.nullValue() : value.get(first ? 0 : value.size() - 1);
        }
        throw call.fail("expects a string or an array but got a value of type '" + JsonValues.typeName(value) + "'");
    }

    private static JsonNode slice(Invocation call, boolean take) {
        JsonNode value = call.expectCount(2, 2).value(0);
        int count = call.smallInteger(1);
        int size = value.isTextual() || value.isArray() ? size(call, value) : -1;
        if (size < 0) {
            throw call.fail("expects a string or an array but got a value of type '" + JsonValues.typeName(value) + "'");
        }
        int cut = Math.max(0, Math.min(count, size));
        int from = take ? 0 : cut;
        int to = take ? cut : size;
        if (value.isTextual()) {
            return JsonValues.text(value.asText().substring(from, to));
        }
        ArrayNode result = JsonValues.array();
        for (int i = from; i < to; i++) {
            result.add(value.get(i));
        }
        return result;
    }

    /** Strings are searched ignoring case, as Resource Manager does; arrays by equal element. */
    static JsonNode indexOf(Invocation call, boolean firstMatch) {
        call.expectCount(2, 2);
        JsonNode container = call.value(0);
        JsonNode item = call.value(1);
        if (container.isTextual()) {
            String text = StringFunctions.lower(container.asText());
            String sought = StringFunctions.lower(call.expect(1, item, "String", JsonNode::isTextual).asText());
            return JsonValues.integer(firstMatch ? text.indexOf(sought) : text.lastIndexOf(sought));
        }
        if (container.isArray()) {
            int found = -1;
            for (int i = 0; i < container.size(); i++) {
                if (JsonValues.equal(container.get(i), item) && (found < 0 || !firstMatch)) {
                    found = i;
                }
            }
            return JsonValues.integer(found);
        }
        throw call.fail("expects a string or an array but got a value of type '" + JsonValues.typeName(container) + "'");
    }

    private static JsonNode createObject(Invocation call) {
        if (call.count() % 2 != 0) {
            throw call.fail("expects an even number of arguments: names and values in pairs");
        }
        ObjectNode object = JsonValues.object();
        for (int i = 0; i < call.count(); i += 2) {
            object.set(call.string(i), call.value(i + 1));
        }
        return object;
    }

    /** join(array, delimiter): the elements as text, strings and numbers and booleans only. */
    private static JsonNode join(Invocation call) {
        ArrayNode items = call.expectCount(2, 2).array(0);
        String delimiter = call.string(1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.isContainerNode()) {
                throw call.fail("the element " + i + " of the array is of type '" + JsonValues.typeName(item)
                        + "'; only strings, integers and booleans can be joined");
            }
            text.append(i == 0 ? "" : delimiter).append(JsonValues.toText(item));
        }
        return JsonValues.text(text.toString());
    }

    private static JsonNode range(Invocation call) {
        call.expectCount(2, 2);
        long start = call.integer(0);
        long count = call.integer(1);
        if (count < 0 || count > 10_000) {
            throw call.fail("the count must be between 0 and 10000 but is " + count);
        }
        ArrayNode result = JsonValues.array();
        for (long i = 0; i < count; i++) {
            result.add(JsonValues.integer(start + i));
        }
        return result;
    }
}
