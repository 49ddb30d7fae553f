package dev.infractl.arm.expression;

import dev.infractl.arm.expression.Expression.FunctionCall;
import dev.infractl.arm.expression.Expression.IndexAccess;
import dev.infractl.arm.expression.Expression.IntegerLiteral;
import dev.infractl.arm.expression.Expression.PropertyAccess;
import dev.infractl.arm.expression.Expression.StringLiteral;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the ARM expression grammar:
 * <pre>
 * expression := primary ( '.' IDENTIFIER | '[' expression ']' )*
 * primary    := STRING | INTEGER | IDENTIFIER ( '.' IDENTIFIER )? '(' ( expression ( ',' expression )* )? ')'
 * </pre>
 */
public final class ExpressionParser {

    private final List<Token> tokens;
    private final ExpressionSite site;
    private int next;

    private ExpressionParser(List<Token> tokens, ExpressionSite site) {
        this.tokens = tokens;
        this.site = site;
    }

    /** Parses the text of {@code site}, which must be a template expression (see {@link TemplateStrings}). */
    public static Expression parse(ExpressionSite site) {
        String body = site.text().substring(1, site.text().length() - 1);
        ExpressionParser parser = new ExpressionParser(new Tokenizer(body, site).tokens(), site);
        if (parser.peek().kind() == Token.Kind.END) {
            throw site.parseError("the expression is empty");
        }
        Expression expression = parser.expression();
        parser.expect(Token.Kind.END, "the end of the expression");
        return expression;
    }

    private Expression expression() {
        Expression expression = primary();
        while (true) {
            if (accept(Token.Kind.DOT)) {
                expression = new PropertyAccess(expression, expect(Token.Kind.IDENTIFIER, "a property name").text());
            } else if (accept(Token.Kind.LEFT_BRACKET)) {
                expression = new IndexAccess(expression, expression());
                expect(Token.Kind.RIGHT_BRACKET, "']'");
            } else {
                return expression;
            }
        }
    }

    private Expression primary() {
        Token token = take();
        switch (token.kind()) {
            case STRING:
                return new StringLiteral(token.text());
            case INTEGER:
                return integer(token);
            case IDENTIFIER:
                return call(token);
            default:
                throw unexpected(token, "a function call, a string or a number");
        }
    }

    private Expression call(Token nameToken) {
        String name = nameToken.text();
        if (peek().kind() == Token.Kind.DOT && peekAfter().kind() == Token.Kind.IDENTIFIER) {
            take();
            name = name + "." + take().text();
        }
        expect(Token.Kind.LEFT_PAREN, "'(' after the function name '" + name + "'");
        List<Expression> arguments = new ArrayList<>();
        if (!accept(Token.Kind.RIGHT_PAREN)) {
            do {
                arguments.add(expression());
            } while (accept(Token.Kind.COMMA));
            expect(Token.Kind.RIGHT_PAREN, "',' or ')'");
        }
        return new FunctionCall(name, arguments);
    }

    private Expression integer(Token token) {
        try {
            return new IntegerLiteral(Long.parseLong(token.text()));
        } catch (NumberFormatException e) {
            throw site.parseError("the number '" + token.text() + "' is too large");
        }
    }

    private Token expect(Token.Kind kind, String what) {
        Token token = take();
        if (token.kind() != kind) {
            throw unexpected(token, what);
        }
        return token;
    }

    private RuntimeException unexpected(Token token, String what) {
        String found = token.kind() == Token.Kind.END ? "the end of the expression" : "'" + token.text() + "'";
        return site.parseError("expected " + what + " but found " + found + " at position " + token.position());
    }

    private boolean accept(Token.Kind kind) {
        if (peek().kind() == kind) {
            next++;
            return true;
        }
        return false;
    }

    private Token take() {
        Token token = peek();
        if (token.kind() != Token.Kind.END) {
            next++;
        }
        return token;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token peekAfter() {
        return tokens.get(Math.min(next + 1, tokens.size() - 1));
    }
}
