package dev.infractl.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as az's what-if prints one that is created or deleted whole: an object as its leaf paths
 * ({@code properties.addressPrefix: "10.0.0.0/24"}) with the values lined up, an array as its indexes in brackets.
 */
final class JsonText {

    private JsonText() {
    }

    /** The object's leaf paths at {@code indent}; a non-empty array inside opens a bracket of its own. */
    static void object(JsonNode object, String indent, List<String> lines) {
        List<Map.Entry<String, JsonNode>> leaves = new ArrayList<>();
        flatten("", object, leaves);
        int width = leaves.stream().filter(leaf -> !isFilled(leaf.getValue(), true)).mapToInt(leaf -> leaf.getKey().length())
                .max().orElse(0);
        for (Map.Entry<String, JsonNode> leaf : leaves) {
            if (isFilled(leaf.getValue(), true)) {
                lines.add(indent + leaf.getKey() + ": [");
                array(leaf.getValue(), indent, lines);
            } else {
                lines.add(indent + leaf.getKey() + ":" + " ".repeat(width - leaf.getKey().length() + 1) + leaf.getValue());
            }
        }
    }

    /** The array's elements by index, then the closing bracket at {@code indent}. */
    static void array(JsonNode array, String indent, List<String> lines) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (isFilled(element, false)) {
                lines.add(indent + "  " + i + ":");
                object(element, indent + "    ", lines);
            } else if (isFilled(element, true)) {
                lines.add(indent + "  " + i + ": [");
                array(element, indent + "  ", lines);
            } else {
                lines.add(indent + "  " + i + ": " + element);
            }
        }
        lines.add(indent + "]");
    }

    private static void flatten(String prefix, JsonNode object, List<Map.Entry<String, JsonNode>> leaves) {
        object.properties().forEach(field -> {
            String path = prefix + field.getKey();
            if (isFilled(field.getValue(), false)) {
                flatten(path + ".", field.getValue(), leaves);
            } else {
                leaves.add(Map.entry(path, field.getValue()));
            }
        });
    }

    private static boolean isFilled(JsonNode value, boolean array) {
        return (array ? value.isArray() : value.isObject()) && !value.isEmpty();
    }
}
