package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.expression.Expression;
import dev.infractl.arm.expression.Expression.FunctionCall;
import dev.infractl.arm.expression.ExpressionSite;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the resources a resource body reads through {@code reference()} and {@code list*()}: Resource Manager
 * makes each an implicit dependency when its first argument names a resource of the same template.
 */
final class ReferenceScanner {

    private final TreeEvaluator trees;
    private final TemplateContext context;
    private final List<String> targets;

    private ReferenceScanner(TreeEvaluator trees, TemplateContext context, List<String> targets) {
        this.trees = trees;
        this.context = context;
        this.targets = targets;
    }

    /** Adds to {@code targets} the name or id of every resource read in {@code body}, children excluded. */
    static void scan(JsonNode body, String path, TemplateContext context, List<String> targets) {
        JsonNode outerPart = body;
        if (NestedDeployments.hasInnerScope(body)) {
            outerPart = body.deepCopy();
            NestedDeployments.detachInnerTemplate((ObjectNode) outerPart);
        }
        ReferenceScanner scanner = new ReferenceScanner(context.values().trees(), context, targets);
        FunctionCalls.forEach(outerPart, path, Set.of("resources", "dependsOn"), scanner::found);
    }

    private void found(FunctionCall call, ExpressionSite site) {
        String name = call.name().toLowerCase(Locale.ROOT);
        if ((name.equals("reference") || name.startsWith("list")) && !call.arguments().isEmpty()) {
            target(call.arguments().get(0), site);
        }
    }

    /** An argument that cannot be known before deployment (it reads another resource) adds no dependency. */
    private void target(Expression argument, ExpressionSite site) {
        try {
            JsonNode value = trees.expressions().evaluate(argument, site, context);
            if (value.isTextual()) {
                targets.add(value.asText());
            }
        } catch (TemplateException unknownBeforeDeployment) {
            // Resource Manager resolves such a reference at run time, without ordering on it.
        }
    }
}
