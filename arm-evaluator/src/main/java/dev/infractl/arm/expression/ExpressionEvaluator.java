package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.expression.Expression.FunctionCall;
import dev.infractl.arm.expression.Expression.IndexAccess;
import dev.infractl.arm.expression.Expression.IntegerLiteral;
import dev.infractl.arm.expression.Expression.PropertyAccess;
import dev.infractl.arm.expression.Expression.StringLiteral;
import java.util.ArrayList;
import java.util.List;

/** Evaluates parsed expressions against a context, calling the registered template functions. */
public final class ExpressionEvaluator {

    private final FunctionRegistry functions;

    public ExpressionEvaluator(FunctionRegistry functions) {
        this.functions = functions;
    }

    /** Evaluates a template string that {@link TemplateStrings#isExpression} accepts. */
    public JsonNode evaluate(ExpressionSite site, EvaluationContext context) {
        return evaluate(ExpressionParser.parse(site), site, context);
    }

    public JsonNode evaluate(Expression expression, ExpressionSite site, EvaluationContext context) {
        if (expression instanceof StringLiteral literal) {
            return JsonValues.text(literal.value());
        }
        if (expression instanceof IntegerLiteral literal) {
            return JsonValues.integer(literal.value());
        }
        if (expression instanceof FunctionCall call) {
            TemplateFunction function = functions.find(call.name())
                    .orElseThrow(() -> site.unknownFunction(call.name()));
            return function.apply(new Invocation(call, site, context, this));
        }
        if (expression instanceof PropertyAccess access) {
            return property(evaluate(access.target(), site, context), access.property(), site);
        }
        IndexAccess access = (IndexAccess) expression;
        JsonNode target = evaluate(access.target(), site, context);
        JsonNode index = evaluate(access.index(), site, context);
        if (target.isArray() && index.isIntegralNumber()) {
            long position = index.asLong();
            if (position < 0 || position >= target.size()) {
                throw site.error("The language expression array index '" + position + "' is out of bounds");
            }
            return target.get((int) position);
        }
        if (target.isObject() && index.isTextual()) {
            return property(target, index.asText(), site);
        }
        throw site.error("The language expression cannot index a value of type '" + JsonValues.typeName(target)
                + "' with a value of type '" + JsonValues.typeName(index) + "'");
    }

    /** ARM property names are case-insensitive. */
    private static JsonNode property(JsonNode target, String name, ExpressionSite site) {
        if (!target.isObject()) {
            throw site.error("The language expression property '" + name + "' cannot be read from a value of type '"
                    + JsonValues.typeName(target) + "'");
        }
        JsonNode exact = target.get(name);
        if (exact != null) {
            return exact;
        }
        List<String> names = new ArrayList<>();
        for (var field : target.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
            names.add(field.getKey());
        }
        throw site.error("The language expression property '" + name + "' doesn't exist, available properties are '"
                + String.join(", ", names) + "'");
    }
}
