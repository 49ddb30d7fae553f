package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.expression.Expression.FunctionCall;
import dev.infractl.arm.expression.Expression.StringLiteral;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An argument written {@code lambda('x', 'i', body)}, applied by filter(), map(), reduce(), sort(), toObject(). */
final class Lambda {

    private final List<String> names;
    private final Expression body;
    private final Invocation call;

    private Lambda(List<String> names, Expression body, Invocation call) {
        this.names = names;
        this.body = body;
        this.call = call;
    }

    /** The lambda written as argument {@code index} of {@code call}, unevaluated. */
    static Lambda argument(Invocation call, int index) {
        Expression argument = call.argument(index);
        if (!(argument instanceof FunctionCall lambda) || !lambda.name().equalsIgnoreCase("lambda")
                || lambda.arguments().size() < 2) {
            throw call.fail("the argument " + (index + 1) + " must be a lambda expression such as lambda('x', ...)");
        }
        List<Expression> parameters = lambda.arguments().subList(0, lambda.arguments().size() - 1);
        List<String> names = parameters.stream().map(p -> {
            if (!(p instanceof StringLiteral literal)) {
                throw call.fail("the names of lambda parameters must be string literals");
            }
            return literal.value();
        }).toList();
        return new Lambda(names, lambda.arguments().get(lambda.arguments().size() - 1), call);
    }

    /** Applies the lambda; extra values (such as the index) are dropped when it declares fewer parameters. */
    JsonNode apply(JsonNode... values) {
        if (names.size() > values.length) {
            throw call.fail("the lambda declares " + names.size() + " parameters but receives " + values.length);
        }
        Map<String, JsonNode> variables = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            variables.put(names.get(i), values[i]);
        }
        return call.evaluate(body, new LambdaContext(call.context(), variables));
    }
}
