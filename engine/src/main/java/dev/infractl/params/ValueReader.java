package dev.infractl.params;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.infractl.JsonSyntax;
import dev.infractl.config.JsonFiles;
import java.util.Locale;

/** Reads text typed on a command line (or a whole {@code ${VAR}}) as the parameter's declared type. */
final class ValueReader {

    private ValueReader() {
    }

    /** @throws IllegalArgumentException with a message saying what was expected */
    static JsonNode read(ParameterType type, String text) {
        return switch (type) {
            case STRING, SECURE_STRING -> TextNode.valueOf(text);
            case INT -> readInt(text);
            case BOOL -> readBool(text);
            case ARRAY, OBJECT, SECURE_OBJECT -> readJson(type, text);
        };
    }

    private static JsonNode readInt(String text) {
        try {
            return LongNode.valueOf(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an int");
        }
    }

    private static JsonNode readBool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> BooleanNode.TRUE;
            case "false" -> BooleanNode.FALSE;
            default -> throw new IllegalArgumentException("'" + text + "' is not a bool (true or false)");
        };
    }

    private static JsonNode readJson(ParameterType type, String text) {
        JsonNode node;
        try {
            node = JsonFiles.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
        } catch (JsonProcessingException e) {
            // a secure value's own text must not reach the message
            throw new IllegalArgumentException(type.isSecure() ? "not valid JSON"
                    : "not valid JSON (" + JsonSyntax.of(e.getOriginalMessage()).message() + ")");
        }
        if (node == null || !type.accepts(node)) {
            throw new IllegalArgumentException("not " + type.example());
        }
        return node;
    }
}
