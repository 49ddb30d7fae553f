package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.JsonPaths;
import dev.infractl.arm.expression.Expression;
import dev.infractl.arm.expression.Expression.FunctionCall;
import dev.infractl.arm.expression.Expression.IndexAccess;
import dev.infractl.arm.expression.Expression.PropertyAccess;
import dev.infractl.arm.expression.ExpressionParser;
import dev.infractl.arm.expression.ExpressionSite;
import dev.infractl.arm.expression.FunctionRegistry;
import dev.infractl.arm.expression.TemplateStrings;
import java.util.Map;

/**
 * Validates every expression of the template before anything is deployed, as Resource Manager does: each
 * must parse, and each function it calls must exist, even in branches or resources that never run.
 */
final class FunctionCheck {

    private final FunctionRegistry functions;

    FunctionCheck(FunctionRegistry functions) {
        this.functions = functions;
    }

    void check(JsonNode template) {
        for (String section : new String[] {"functions", "parameters", "variables", "resources", "outputs"}) {
            walk(template.path(section), "$." + section);
        }
    }

    private void walk(JsonNode node, String path) {
        if (node.isTextual() && TemplateStrings.isExpression(node.asText())) {
            ExpressionSite site = new ExpressionSite(node.asText(), path);
            visit(ExpressionParser.parse(site), site);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), JsonPaths.index(path, i));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(field.getValue(), JsonPaths.child(path, field.getKey()));
            }
        }
    }

    private void visit(Expression expression, ExpressionSite site) {
        if (expression instanceof FunctionCall call) {
            if (functions.find(call.name()).isEmpty()) {
                throw site.unknownFunction(call.name());
            }
            call.arguments().forEach(argument -> visit(argument, site));
        } else if (expression instanceof PropertyAccess access) {
            visit(access.target(), site);
        } else if (expression instanceof IndexAccess access) {
            visit(access.target(), site);
            visit(access.index(), site);
        }
    }
}
