package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.JsonPaths;
import dev.infractl.arm.expression.Expression;
import dev.infractl.arm.expression.Expression.FunctionCall;
import dev.infractl.arm.expression.Expression.IndexAccess;
import dev.infractl.arm.expression.Expression.PropertyAccess;
import dev.infractl.arm.expression.ExpressionParser;
import dev.infractl.arm.expression.ExpressionSite;
import dev.infractl.arm.expression.TemplateStrings;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Every function call written in the expressions of a piece of template, outer calls before their arguments. */
final class FunctionCalls {

    private FunctionCalls() {
    }

    /** Walks {@code node}, leaving out its own keys named in {@code skipped} (deeper keys of that name stay). */
    static void forEach(JsonNode node, String path, Set<String> skipped, BiConsumer<FunctionCall, ExpressionSite> action) {
        if (node.isTextual() && TemplateStrings.isExpression(node.asText())) {
            ExpressionSite site = new ExpressionSite(node.asText(), path);
            visit(ExpressionParser.parse(site), site, action);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEach(node.get(i), JsonPaths.index(path, i), Set.of(), action);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!skipped.contains(field.getKey())) {
                    forEach(field.getValue(), JsonPaths.child(path, field.getKey()), Set.of(), action);
                }
            }
        }
    }

    private static void visit(Expression expression, ExpressionSite site, BiConsumer<FunctionCall, ExpressionSite> action) {
        if (expression instanceof FunctionCall call) {
            action.accept(call, site);
            call.arguments().forEach(argument -> visit(argument, site, action));
        } else if (expression instanceof PropertyAccess access) {
            visit(access.target(), site, action);
        } else if (expression instanceof IndexAccess access) {
            visit(access.target(), site, action);
            visit(access.index(), site, action);
        }
    }
}
