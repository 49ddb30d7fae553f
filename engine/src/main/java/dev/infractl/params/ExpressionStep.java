package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Replaces unevaluated expression defaults with what {@link ExpressionDefaults} works out, marked "evaluated". */
final class ExpressionStep {

    private final ExpressionDefaults expressions;

    ExpressionStep(ExpressionDefaults expressions) {
        this.expressions = expressions;
    }

    List<ResolvedParameter> apply(JsonNode template, List<ResolvedParameter> merged, Target target) {
        if (merged.stream().noneMatch(p -> p.kind() == ValueKind.EXPRESSION)) {
            return merged;
        }
        ObjectNode explicit = JsonFiles.MAPPER.createObjectNode();
        for (ResolvedParameter parameter : merged) {
            if (parameter.kind() == ValueKind.LITERAL && parameter.source().layer() != Layer.TEMPLATE_DEFAULT) {
                explicit.putObject(parameter.name()).set("value", parameter.value());
            }
        }
        Map<String, JsonNode> evaluated = expressions.evaluate(template, explicit, target);
        List<ResolvedParameter> result = new ArrayList<>();
        for (ResolvedParameter parameter : merged) {
            JsonNode value = evaluated.get(parameter.name());
            result.add(parameter.kind() == ValueKind.EXPRESSION && value != null
                    ? new ResolvedParameter(parameter.declaration(), value, ValueKind.LITERAL,
                            parameter.source().withDetail("evaluated"))
                    : parameter);
        }
        return result;
    }
}
