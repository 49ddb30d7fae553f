package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.expression.JsonValues;
import java.util.Locale;

/** The checks Resource Manager applies to a parameter value: type, allowed values, ranges and lengths. */
final class ParameterRules {

    private ParameterRules() {
    }

    static void check(String name, JsonNode declaration, JsonNode value, String path) {
        String type = declaration.path("type").asText("").toLowerCase(Locale.ROOT);
        if (value.isNull() && declaration.path("nullable").asBoolean(false)) {
            return;
        }
        if (!hasType(type, value)) {
            throw TemplateException.invalidTemplate("The provided value for the template parameter '" + name
                    + "' is not valid. Expected a value of type '" + declaration.path("type").asText()
                    + "', but received a value of type '" + JsonValues.typeName(value) + "'.", path);
        }
        JsonNode allowed = declaration.get("allowedValues");
        if (allowed != null && allowed.isArray() && !isAllowed(allowed, value)) {
            throw TemplateException.invalidTemplate("The provided value '" + shown(type, value)
                    + "' for the template parameter '" + name + "' is not valid. The value is not part of the allowed "
                    + "value(s): '" + JsonValues.toText(allowed) + "'.", path);
        }
        long size = value.isTextual() ? value.asText().length() : value.isArray() ? value.size() : -1;
        if (size >= 0 && declaration.has("minLength") && size < declaration.get("minLength").asLong()) {
            throw outOfRange(name, "length " + size + " is less than the minimum length "
                    + declaration.get("minLength").asLong(), path);
        }
        if (size >= 0 && declaration.has("maxLength") && size > declaration.get("maxLength").asLong()) {
            throw outOfRange(name, "length " + size + " is more than the maximum length "
                    + declaration.get("maxLength").asLong(), path);
        }
        if (value.isIntegralNumber() && declaration.has("minValue") && value.asLong() < declaration.get("minValue").asLong()) {
            throw outOfRange(name, "value " + value.asLong() + " is less than the minimum value "
                    + declaration.get("minValue").asLong(), path);
        }
        if (value.isIntegralNumber() && declaration.has("maxValue") && value.asLong() > declaration.get("maxValue").asLong()) {
            throw outOfRange(name, "value " + value.asLong() + " is more than the maximum value "
                    + declaration.get("maxValue").asLong(), path);
        }
    }

    private static boolean hasType(String type, JsonNode value) {
        return switch (type) {
            case "string", "securestring" -> value.isTextual();
            case "int" -> value.isIntegralNumber();
            case "bool" -> value.isBoolean();
            case "object", "secureobject" -> value.isObject();
            case "array" -> value.isArray();
            default -> true;
        };
    }

    /** For an array parameter, every element must be allowed. */
    private static boolean isAllowed(JsonNode allowed, JsonNode value) {
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!isAllowed(allowed, element)) {
                    return false;
                }
            }
            return true;
        }
        for (JsonNode candidate : allowed) {
            if (JsonValues.equal(candidate, value)) {
                return true;
            }
        }
        return false;
    }

    private static String shown(String type, JsonNode value) {
        return type.startsWith("secure") ? "***" : JsonValues.toText(value);
    }

    private static TemplateException outOfRange(String name, String detail, String path) {
        return TemplateException.invalidTemplate("The provided value for the template parameter '" + name
                + "' is not valid: its " + detail + ".", path);
    }
}
