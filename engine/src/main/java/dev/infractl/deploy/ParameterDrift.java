package dev.infractl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the parameters of a run differ from those of the deployment it would attach to. Only values both sides
 * show are compared: ARM never returns secure values, and a value the run leaves to the template's default is
 * not known until ARM evaluates it.
 */
final class ParameterDrift {

    private ParameterDrift() {
    }

    /** One line per parameter whose value differs: {@code name: running R, requested Q}. */
    static List<String> between(JsonNode template, JsonNode requested, Map<String, JsonNode> running) {
        List<String> differences = new ArrayList<>();
        requested.properties().forEach(field -> {
            String name = field.getKey();
            JsonNode wanted = field.getValue().get("value");
            JsonNode actual = running.get(name);
            if (wanted == null || wanted.isNull() || actual == null || secure(template, name)) {
                return;
            }
            if (!same(wanted, actual)) {
                differences.add(name + ": running " + actual + ", requested " + wanted);
            }
        });
        return differences;
    }

    private static boolean secure(JsonNode template, String name) {
        return template.path("parameters").path(name).path("type").asText("").toLowerCase(Locale.ROOT).startsWith("secure");
    }

    /** JSON equality, numbers by value (ARM echoes 2 where we sent 2L or 2.0). */
    private static boolean same(JsonNode left, JsonNode right) {
        if (left.isNumber() && right.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue()) == 0;
        }
        if (left.isObject() && right.isObject()) {
            if (left.size() != right.size()) {
                return false;
            }
            var names = left.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!right.has(name) || !same(left.get(name), right.get(name))) {
                    return false;
                }
            }
            return true;
        }
        if (left.isArray() && right.isArray()) {
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!same(left.get(i), right.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return left.equals(right);
    }
}
