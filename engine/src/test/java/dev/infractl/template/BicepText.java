package dev.infractl.template;

import java.util.ArrayList;
import java.util.List;

/** Lexical pieces of Bicep: string literals (with escapes), comments and bracket nesting. */
final class BicepText {

    private BicepText() {
    }

    /** Opening minus closing brackets on one line, ignoring those inside strings and after {@code //}. */
    static int bracketBalance(String line) {
        int balance = 0;
        int at = 0;
        while (at < line.length()) {
            char c = line.charAt(at);
            if (c == '\'') {
                at = endOfString(line, at);
                continue;
            }
            if (c == '/' && at + 1 < line.length() && line.charAt(at + 1) == '/') {
                break;
            }
            if (c == '(' || c == '[' || c == '{') {
                balance++;
            } else if (c == ')' || c == ']' || c == '}') {
                balance--;
            }
            at++;
        }
        return balance;
    }

    /** The line without a trailing {@code //} comment (one inside a string stays). */
    static String withoutComment(String line) {
        int at = 0;
        while (at < line.length()) {
            char c = line.charAt(at);
            if (c == '\'') {
                at = endOfString(line, at);
            } else if (c == '/' && at + 1 < line.length() && line.charAt(at + 1) == '/') {
                return line.substring(0, at);
            } else {
                at++;
            }
        }
        return line;
    }

    /** Index just after the string literal that opens at {@code start}. */
    static int endOfString(String text, int start) {
        int at = start + 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\\') {
                at += 2;
                continue;
            }
            if (c == '\'') {
                return at + 1;
            }
            at++;
        }
        throw new IllegalArgumentException("unterminated string: " + text.substring(start));
    }

    /** True when the whole text is one string literal, e.g. {@code 'a\'b'}. */
    static boolean isSingleString(String text) {
        return text.startsWith("'") && endOfString(text, 0) == text.length();
    }

    /** The value of a string literal without interpolation: escapes resolved, quotes removed. */
    static String unquote(String literal) {
        if (!isSingleString(literal)) {
            throw new IllegalArgumentException("not a single string literal: " + literal);
        }
        StringBuilder value = new StringBuilder();
        for (int at = 1; at < literal.length() - 1; at++) {
            char c = literal.charAt(at);
            if (c == '\\') {
                at++;
                char escaped = literal.charAt(at);
                value.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> escaped;
                });
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    /** The elements of an array literal of strings and numbers, as source text, e.g. {@code ['a', 2]}. */
    static List<String> arrayElements(String arrayLiteral) {
        String inner = arrayLiteral.strip();
        if (!inner.startsWith("[") || !inner.endsWith("]")) {
            throw new IllegalArgumentException("not an array literal: " + arrayLiteral);
        }
        List<String> elements = new ArrayList<>();
        int at = 1;
        while (at < inner.length() - 1) {
            char c = inner.charAt(at);
            if (c == '\'') {
                int end = endOfString(inner, at);
                elements.add(inner.substring(at, end));
                at = end;
            } else if (Character.isDigit(c) || c == '-') {
                int end = at + 1;
                while (end < inner.length() && Character.isDigit(inner.charAt(end))) {
                    end++;
                }
                elements.add(inner.substring(at, end));
                at = end;
            } else if (Character.isWhitespace(c) || c == ',') {
                at++;
            } else {
                throw new IllegalArgumentException("the test's Bicep reader takes only strings and numbers in"
                        + " array literals: " + arrayLiteral);
            }
        }
        return elements;
    }
}
