package dev.infractl.arm.expression;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Building, naming, comparing and printing the JSON values template functions work on. */
public final class JsonValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // the evaluator's own mapper: the template module depends on Jackson only, not on infractl's file handling
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private JsonValues() {
    }

    public static JsonNode text(String value) {
        return NODES.textNode(value);
    }

    /** ARM integers are 64-bit; small ones are kept as int nodes so that they print and compare naturally. */
    public static JsonNode integer(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE
                ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }

    public static JsonNode bool(boolean value) {
        return NODES.booleanNode(value);
    }

    public static JsonNode nullValue() {
        return NODES.nullNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** The type names Resource Manager uses in its messages. */
    public static String typeName(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "Null";
        }
        if (value.isTextual()) {
            return "String";
        }
        if (value.isIntegralNumber()) {
            return "Integer";
        }
        if (value.isNumber()) {
            return "Float";
        }
        if (value.isBoolean()) {
            return "Boolean";
        }
        return value.isArray() ? "Array" : "Object";
    }

    /** Deep equality in which 1 equals 1 whatever its number node, and object keys are compared ignoring case. */
    public static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : a.properties()) {
                JsonNode other = field(b, field.getKey());
                if (other == null || !equal(field.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** A property looked up as ARM does: exact name first, then ignoring case; null when absent. */
    public static JsonNode field(JsonNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String candidate = names.next();
            if (candidate.equalsIgnoreCase(name)) {
                return object.get(candidate);
            }
        }
        return null;
    }

    /** The text {@code string()} and {@code format()} produce: .NET's True/False, compact JSON for objects. */
    public static String toText(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNull()) {
            return "";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "True" : "False";
        }
        if (value.isNumber()) {
            return value.asText();
        }
        return compactJson(value);
    }

    public static String compactJson(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JsonNode always serializes", e);
        }
    }

    /**
     * Lenient like Resource Manager's json() (Json.NET underneath): single-quoted strings, comments, and numbers
     * such as {@code .25} or {@code 1.} are accepted.
     */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.reader().with(JsonReadFeature.ALLOW_SINGLE_QUOTES).with(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .with(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
                .with(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS).readTree(text);
    }
}
