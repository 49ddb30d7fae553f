package dev.infractl.arm.expression;

import dev.infractl.arm.TemplateException;

/**
 * Where an expression sits: its text and the JSON path of the template value that holds it. Every error
 * about the expression is made here, so each one names both, the way Resource Manager's messages do.
 *
 * @param text     the whole template string, brackets included, such as {@code [concat('a', 'b')]}
 * @param jsonPath such as {@code $.resources[2].properties.x}
 */
public record ExpressionSite(String text, String jsonPath) {

    public TemplateException parseError(String detail) {
        return error("The language expression '" + text + "' is not valid: " + detail + ".");
    }

    public TemplateException unknownFunction(String name) {
        return error("The template function '" + name + "' is not valid. "
                + "Please see https://aka.ms/arm-functions for usage details.");
    }

    public TemplateException functionError(String function, String detail) {
        return error("Unable to evaluate template language function '" + function + "': " + detail + ".");
    }

    public TemplateException error(String message) {
        return TemplateException.invalidTemplate(message + " (in '" + text + "' at " + jsonPath + ")", jsonPath);
    }
}
