package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The seam to the ARM evaluator: works out template defaults written as expressions, such as
 * {@code [format('st{0}', take(uniqueString(resourceGroup().id), 13))]}. The command backs it with
 * dev.infractl.arm.TemplateEvaluator; until then {@link #NOT_EVALUATED} shows the expression text.
 */
@FunctionalInterface
public interface ExpressionDefaults {

    /**
     * @param template the compiled ARM template
     * @param parameters the values the layers set, in ARM shape {@code {"name": {"value": v}}}
     * @param target the subscription and resource group the expressions see
     * @return evaluated values by parameter name; a name left out keeps showing its expression
     */
    Map<String, JsonNode> evaluate(JsonNode template, ObjectNode parameters, Target target);

    ExpressionDefaults NOT_EVALUATED = (template, parameters, target) -> Map.of();
}
