package dev.infractl.arm.expression;

import java.util.List;

/** The syntax tree of one ARM language expression, such as {@code concat(parameters('a'), 'b')[0]}. */
public sealed interface Expression {

    record StringLiteral(String value) implements Expression {
    }

    record IntegerLiteral(long value) implements Expression {
    }

    record FunctionCall(String name, List<Expression> arguments) implements Expression {
        public FunctionCall {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code target.property}. */
    record PropertyAccess(Expression target, String property) implements Expression {
    }

    /** {@code target[index]}. */
    record IndexAccess(Expression target, Expression index) implements Expression {
    }
}
