package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The constraints the template itself declares: allowedValues, minValue/maxValue, minLength/maxLength. */
final class ConstraintCheck {

    private ConstraintCheck() {
    }

    static void check(ResolvedParameter parameter, List<Problem> problems) {
        ParameterDeclaration declaration = parameter.declaration();
        JsonNode value = parameter.value();
        String subject = ShownValues.subject(parameter);
        String shown = ShownValues.of(parameter);
        if (!declaration.allowedValues().isEmpty()) {
            allowed(parameter, problems);
        }
        if (value.isIntegralNumber()) {
            long number = value.asLong();
            if (declaration.minValue() != null && number < declaration.minValue()) {
                problems.add(problem(parameter, subject + ": " + shown + " is below the minimum " + declaration.minValue(),
                        "use a value of at least " + declaration.minValue()));
            }
            if (declaration.maxValue() != null && number > declaration.maxValue()) {
                problems.add(problem(parameter, subject + ": " + shown + " is above the maximum " + declaration.maxValue(),
                        "use a value of at most " + declaration.maxValue()));
            }
        }
        if (value.isTextual() || value.isArray()) {
            int length = value.isTextual() ? value.asText().length() : value.size();
            String unit = value.isTextual() ? " characters" : " elements";
            if (declaration.minLength() != null && length < declaration.minLength()) {
                problems.add(problem(parameter, subject + " has " + length + unit + ", fewer than the minimum "
                        + declaration.minLength(), "give it at least " + declaration.minLength() + unit));
            }
            if (declaration.maxLength() != null && length > declaration.maxLength()) {
                problems.add(problem(parameter, subject + " has " + length + unit + ", more than the maximum "
                        + declaration.maxLength(), "give it at most " + declaration.maxLength() + unit));
            }
        }
    }

    /** For an array parameter ARM checks each element against the allowed list. */
    private static void allowed(ResolvedParameter parameter, List<Problem> problems) {
        List<JsonNode> allowed = parameter.declaration().allowedValues();
        List<JsonNode> values = parameter.value().isArray() && parameter.declaration().type() == ParameterType.ARRAY
                ? toList(parameter.value()) : List.of(parameter.value());
        String choices = allowed.stream().map(v -> ShownValues.of(v, false)).collect(Collectors.joining(", "));
        for (JsonNode value : values) {
            if (allowed.contains(value)) {
                continue;
            }
            String hint = "allowed: " + choices;
            if (value.isTextual() && !parameter.isSecure()) {
                List<String> texts = allowed.stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
                hint = Suggestions.closest(value.asText(), texts).map(s -> "did you mean '" + s + "'? ").orElse("") + hint;
            }
            problems.add(problem(parameter, ShownValues.subject(parameter) + ": " + ShownValues.of(value, parameter.isSecure())
                    + " is not one of the allowed values", hint));
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        ArrayList<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    static Problem problem(ResolvedParameter parameter, String message, String hint) {
        return Problem.of(message, parameter.source() == null ? null : parameter.source().location(), hint);
    }
}
