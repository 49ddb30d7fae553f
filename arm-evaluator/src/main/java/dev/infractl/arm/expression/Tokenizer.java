package dev.infractl.arm.expression;

import java.util.ArrayList;
import java.util.List;

/** Splits the text between the outer brackets of an ARM expression into tokens. */
final class Tokenizer {

    private final String text;
    private final ExpressionSite site;
    private int position;

    Tokenizer(String text, ExpressionSite site) {
        this.text = text;
        this.site = site;
    }

    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (position >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "", position));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = position;
        char c = text.charAt(position);
        Token.Kind single = switch (c) {
            case '(' -> Token.Kind.LEFT_PAREN;
            case ')' -> Token.Kind.RIGHT_PAREN;
            case '[' -> Token.Kind.LEFT_BRACKET;
            case ']' -> Token.Kind.RIGHT_BRACKET;
            case ',' -> Token.Kind.COMMA;
            case '.' -> Token.Kind.DOT;
            default -> null;
        };
        if (single != null) {
            position++;
            return new Token(single, String.valueOf(c), start);
        }
        if (c == '\'') {
            return string(start);
        }
        if (Character.isDigit(c) || (c == '-' || c == '+') && nextIsDigit()) {
            position++;
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
            }
            return new Token(Token.Kind.INTEGER, text.substring(start, position), start);
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            while (position < text.length() && isIdentifierPart(text.charAt(position))) {
                position++;
            }
            return new Token(Token.Kind.IDENTIFIER, text.substring(start, position), start);
        }
        throw site.parseError("the character '" + c + "' at position " + start + " is not expected");
    }

    /** A single-quoted string in which two quotes stand for one. */
    private Token string(int start) {
        StringBuilder value = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c != '\'') {
                value.append(c);
            } else if (position < text.length() && text.charAt(position) == '\'') {
                value.append('\'');
                position++;
            } else {
                return new Token(Token.Kind.STRING, value.toString(), start);
            }
        }
        throw site.parseError("the string starting at position " + start + " is not closed by a quote");
    }

    private boolean nextIsDigit() {
        return position + 1 < text.length() && Character.isDigit(text.charAt(position + 1));
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
