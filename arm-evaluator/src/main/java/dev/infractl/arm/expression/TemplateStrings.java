package dev.infractl.arm.expression;

/** How ARM tells an expression from a literal string in a template value. */
public final class TemplateStrings {

    private TemplateStrings() {
    }

    /** {@code [...]} is an expression; {@code [[...} is an escaped literal. */
    public static boolean isExpression(String value) {
        return value.length() >= 2 && value.startsWith("[") && value.endsWith("]") && !value.startsWith("[[");
    }

    /** The literal a non-expression string stands for: {@code [[x]} means {@code [x]}. */
    public static String literal(String value) {
        return value.startsWith("[[") ? value.substring(1) : value;
    }
}
