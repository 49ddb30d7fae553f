package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.JsonPaths;
import dev.infractl.arm.expression.Expression.FunctionCall;
import dev.infractl.arm.expression.Expression.IndexAccess;
import dev.infractl.arm.expression.Expression.PropertyAccess;
import dev.infractl.arm.expression.Expression;
import dev.infractl.arm.expression.ExpressionParser;
import dev.infractl.arm.expression.ExpressionSite;
import dev.infractl.arm.expression.TemplateStrings;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        new ReferenceScanner(context.values().trees(), context, targets).walk(outerPart, path, true);
    }

    private void walk(JsonNode node, String path, boolean top) {
        if (node.isTextual() && TemplateStrings.isExpression(node.asText())) {
            ExpressionSite site = new ExpressionSite(node.asText(), path);
            visit(ExpressionParser.parse(site), site);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), JsonPaths.index(path, i), false);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!(top && (field.getKey().equals("resources") || field.getKey().equals("dependsOn")))) {
                    walk(field.getValue(), JsonPaths.child(path, field.getKey()), false);
                }
            }
        }
    }

    private void visit(Expression expression, ExpressionSite site) {
        if (expression instanceof FunctionCall call) {
            String name = call.name().toLowerCase(Locale.ROOT);
            if ((name.equals("reference") || name.startsWith("list")) && !call.arguments().isEmpty()) {
                target(call.arguments().get(0), site);
            }
            call.arguments().forEach(argument -> visit(argument, site));
        } else if (expression instanceof PropertyAccess access) {
            visit(access.target(), site);
        } else if (expression instanceof IndexAccess access) {
            visit(access.target(), site);
            visit(access.index(), site);
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
