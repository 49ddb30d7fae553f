package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;

/** How values appear in messages: strings quoted, JSON compact, secure values masked. */
final class ShownValues {

    private ShownValues() {
    }

    static String of(JsonNode value, boolean secure) {
        if (secure) {
            return ResolvedParameter.MASK;
        }
        return value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    }

    static String of(ResolvedParameter parameter) {
        return of(parameter.value(), parameter.isSecure());
    }

    /** "a string", "a number", ... for type mismatches. */
    static String jsonKind(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isIntegralNumber()) {
            return "an integer";
        }
        if (value.isNumber()) {
            return "a decimal number";
        }
        if (value.isBoolean()) {
            return "a bool";
        }
        return value.isArray() ? "an array" : value.isObject() ? "an object" : "null";
    }

    /** "--param x" for command-line values, "parameter x" for values from files and defaults. */
    static String subject(ResolvedParameter parameter) {
        return parameter.source() != null && parameter.source().layer() == Layer.COMMAND_LINE
                ? "--param " + parameter.name() : "parameter " + parameter.name();
    }
}
