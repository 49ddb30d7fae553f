package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.infractl.JsonPaths;
import dev.infractl.Problem;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} inside the string values of a parameters file from the environment. Keys are
 * left alone. An unset variable is a problem at the exact line and column of its {@code ${}.
 */
final class EnvironmentSubstitution {

    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final Map<String, String> environment;
    private final LocatedJson document;
    private final List<Problem> problems;

    EnvironmentSubstitution(Map<String, String> environment, LocatedJson document, List<Problem> problems) {
        this.environment = environment;
        this.document = document;
        this.problems = problems;
    }

    /** The value at {@code path} with every variable replaced; unset variables are left as written. */
    JsonNode substitute(JsonNode value, String path) {
        if (value.isTextual()) {
            return TextNode.valueOf(substituteText(value.asText(), path));
        }
        if (value.isArray()) {
            ArrayNode copy = ((ArrayNode) value).arrayNode();
            for (int i = 0; i < value.size(); i++) {
                copy.add(substitute(value.get(i), JsonPaths.index(path, i)));
            }
            return copy;
        }
        if (value.isObject()) {
            ObjectNode copy = ((ObjectNode) value).objectNode();
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                copy.set(field.getKey(), substitute(field.getValue(), JsonPaths.child(path, field.getKey())));
            }
            return copy;
        }
        return value;
    }

    /** The single variable a string consists of, such as {@code "${INSTANCES}"}, or null. */
    static String wholeVariable(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        Matcher matcher = VARIABLE.matcher(value.asText());
        return matcher.matches() ? matcher.group(1) : null;
    }

    private String substituteText(String text, String path) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = environment.get(name);
            if (replacement == null) {
                problems.add(Problem.of("environment variable " + name + " is not set",
                        document.locateText(path, matcher.group()),
                        "set " + name + " before running infractl, or replace ${" + name + "} with a value"));
                replacement = matcher.group();
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
