package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.TemplateException;
import dev.infractl.arm.expression.Expression.FunctionCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One call of a template function: its arguments, evaluated on demand so that {@code if()} only evaluates
 * the branch it takes, with typed accessors whose errors name the function, the expression and its path.
 */
public final class Invocation {

    private final FunctionCall call;
    private final ExpressionSite site;
    private final EvaluationContext context;
    private final ExpressionEvaluator evaluator;

    Invocation(FunctionCall call, ExpressionSite site, EvaluationContext context, ExpressionEvaluator evaluator) {
        this.call = call;
        this.site = site;
        this.context = context;
        this.evaluator = evaluator;
    }

    public String name() {
        return call.name();
    }

    public EvaluationContext context() {
        return context;
    }

    public ExpressionSite site() {
        return site;
    }

    public int count() {
        return call.arguments().size();
    }

    public Invocation expectCount(int min, int max) {
        int count = count();
        if (count < min || count > max) {
            String expected = min == max ? String.valueOf(min)
                    : max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
            throw fail("expects " + expected + " argument(s) but got " + count);
        }
        return this;
    }

    /** The unevaluated argument, for functions that take a lambda. */
    Expression argument(int index) {
        return call.arguments().get(index);
    }

    JsonNode evaluate(Expression expression, EvaluationContext inside) {
        return evaluator.evaluate(expression, site, inside);
    }

    JsonNode evaluate(ExpressionSite elsewhere, EvaluationContext inside) {
        return evaluator.evaluate(elsewhere, inside);
    }

    public JsonNode value(int index) {
        return evaluator.evaluate(call.arguments().get(index), site, context);
    }

    public List<JsonNode> values() {
        List<JsonNode> values = new ArrayList<>();
        for (int i = 0; i < count(); i++) {
            values.add(value(i));
        }
        return values;
    }

    public String string(int index) {
        return expect(index, value(index), "String", JsonNode::isTextual).asText();
    }

    public long integer(int index) {
        return expect(index, value(index), "Integer", JsonNode::isIntegralNumber).asLong();
    }

    public int smallInteger(int index) {
        long value = integer(index);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw fail("the argument " + (index + 1) + " is too large");
        }
        return (int) value;
    }

    public boolean bool(int index) {
        return expect(index, value(index), "Boolean", JsonNode::isBoolean).asBoolean();
    }

    public ArrayNode array(int index) {
        return (ArrayNode) expect(index, value(index), "Array", JsonNode::isArray);
    }

    public ObjectNode object(int index) {
        return (ObjectNode) expect(index, value(index), "Object", JsonNode::isObject);
    }

    /** Checks an already evaluated argument's type, failing like Resource Manager does. */
    public JsonNode expect(int index, JsonNode value, String type, Predicate<JsonNode> test) {
        if (!test.test(value)) {
            throw fail("the argument " + (index + 1) + " must be of type '" + type + "' but is of type '"
                    + JsonValues.typeName(value) + "'");
        }
        return value;
    }

    public TemplateException fail(String detail) {
        return site.functionError(call.name(), detail);
    }
}
