package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.infractl.arm.Guid;
import dev.infractl.arm.UniqueString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** String functions: https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-string */
final class StringFunctions {

    private StringFunctions() {
    }

    static void register(Map<String, TemplateFunction> functions) {
        functions.put("format", CompositeFormat::apply);
        functions.put("substring", StringFunctions::substring);
        functions.put("toLower", call -> JsonValues.text(call.expectCount(1, 1).string(0).toLowerCase(Locale.ROOT)));
        functions.put("toUpper", call -> JsonValues.text(call.expectCount(1, 1).string(0).toUpperCase(Locale.ROOT)));
        functions.put("trim", call -> JsonValues.text(call.expectCount(1, 1).string(0).strip()));
        functions.put("replace", call -> JsonValues.text(
                call.expectCount(3, 3).string(0).replace(call.string(1), call.string(2))));
        functions.put("split", StringFunctions::split);
        functions.put("startsWith", call -> JsonValues.bool(
                lower(call.expectCount(2, 2).string(0)).startsWith(lower(call.string(1)))));
        functions.put("endsWith", call -> JsonValues.bool(
                lower(call.expectCount(2, 2).string(0)).endsWith(lower(call.string(1)))));
        functions.put("padLeft", StringFunctions::padLeft);
        functions.put("uniqueString", call -> JsonValues.text(UniqueString.of(strings(call, 1))));
        functions.put("guid", call -> JsonValues.text(Guid.of(strings(call, 1))));
    }

    private static JsonNode substring(Invocation call) {
        call.expectCount(1, 3);
        String text = call.string(0);
        int start = call.count() > 1 ? call.smallInteger(1) : 0;
        if (start < 0 || start > text.length()) {
            throw call.fail("the start index " + start + " is outside the string of length " + text.length());
        }
        int length = call.count() > 2 ? call.smallInteger(2) : text.length() - start;
        if (length < 0 || start + length > text.length()) {
            throw call.fail("the length " + length + " from index " + start
                    + " goes past the end of the string of length " + text.length());
        }
        return JsonValues.text(text.substring(start, start + length));
    }

    private static JsonNode split(Invocation call) {
        call.expectCount(2, 2);
        String text = call.string(0);
        JsonNode delimiters = call.value(1);
        List<String> separators = new ArrayList<>();
        if (delimiters.isArray()) {
            delimiters.forEach(d -> separators.add(d.asText()));
        } else {
            separators.add(call.expect(1, delimiters, "String", JsonNode::isTextual).asText());
        }
        ArrayNode parts = JsonValues.array();
        int from = 0;
        int at = 0;
        while (at <= text.length()) {
            String separator = separatorAt(text, at, separators);
            if (separator != null) {
                parts.add(text.substring(from, at));
                at += separator.length();
                from = at;
            } else {
                at++;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }

    private static String separatorAt(String text, int at, List<String> separators) {
        for (String separator : separators) {
            if (!separator.isEmpty() && text.startsWith(separator, at)) {
                return separator;
            }
        }
        return null;
    }

    private static JsonNode padLeft(Invocation call) {
        call.expectCount(2, 3);
        JsonNode value = call.value(0);
        String text = value.isTextual() ? value.asText() : JsonValues.toText(value);
        int width = call.smallInteger(1);
        String padding = call.count() > 2 ? call.string(2) : " ";
        if (padding.length() != 1) {
            throw call.fail("the padding must be a single character");
        }
        return JsonValues.text(padding.repeat(Math.max(0, width - text.length())) + text);
    }

    /** Every argument as a string, at least {@code min} of them; non-strings are a type error. */
    static String[] strings(Invocation call, int min) {
        call.expectCount(min, Integer.MAX_VALUE);
        String[] parts = new String[call.count()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = call.string(i);
        }
        return parts;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
