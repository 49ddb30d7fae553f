package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the Bicep values our template uses into what Bicep writes into ARM JSON: literals stay literals,
 * {@code 'a${x}b'} becomes {@code [format('a{0}b', x)]}, and a function call becomes {@code [call]}
 * (Bicep and ARM share that syntax for the functions we use).
 */
final class BicepExpressions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BicepExpressions() {
    }

    static JsonNode toArm(String bicep) {
        String text = bicep.strip();
        if (text.matches("-?\\d+")) {
            return NODES.numberNode(Integer.parseInt(text));
        }
        if (text.equals("true") || text.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        if (text.startsWith("[")) {
            ArrayNode array = NODES.arrayNode();
            BicepText.arrayElements(text).forEach(element -> array.add(toArm(element)));
            return array;
        }
        if (BicepText.isSingleString(text)) {
            return text.contains("${") ? NODES.textNode(format(text)) : NODES.textNode(BicepText.unquote(text));
        }
        if (text.matches("[A-Za-z][\\w.]*\\(.*")) {
            return NODES.textNode("[" + text + "]");
        }
        throw new IllegalArgumentException("the test's Bicep reader does not translate this value: " + text);
    }

    /** {@code 'wasi${f(x)}'} to {@code [format('wasi{0}', f(x))]}. */
    private static String format(String interpolated) {
        StringBuilder pattern = new StringBuilder();
        List<String> holes = new ArrayList<>();
        int at = 1;
        int end = interpolated.length() - 1;
        while (at < end) {
            if (interpolated.startsWith("${", at)) {
                int close = holeEnd(interpolated, at + 2);
                pattern.append('{').append(holes.size()).append('}');
                holes.add(interpolated.substring(at + 2, close).strip());
                at = close + 1;
            } else {
                char c = interpolated.charAt(at);
                if (c == '\\') {
                    at++;
                    c = interpolated.charAt(at);
                }
                pattern.append(c == '\'' ? "''" : String.valueOf(c));
                at++;
            }
        }
        return "[format('" + pattern + "', " + String.join(", ", holes) + ")]";
    }

    private static int holeEnd(String text, int from) {
        int depth = 0;
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return at;
                }
                depth--;
            }
        }
        throw new IllegalArgumentException("unclosed ${ in " + text);
    }
}
