package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** ARM's rule for template strings: {@code [...]} is an expression, a leading {@code [[} is a literal {@code [}. */
final class ArmExpressions {

    private ArmExpressions() {
    }

    static boolean isExpression(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String text = value.asText();
        return text.startsWith("[") && !text.startsWith("[[") && text.endsWith("]");
    }

    static JsonNode unescape(JsonNode value) {
        return value.isTextual() && value.asText().startsWith("[[") ? TextNode.valueOf(value.asText().substring(1)) : value;
    }
}
