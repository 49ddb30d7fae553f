package dev.infractl.arm;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import java.util.List;

/**
 * A template that Resource Manager would refuse, with the ARM error code ({@code InvalidTemplate},
 * {@code ResourceNotFound}, ...) and the JSON path in the template where the problem sits.
 */
public final class TemplateException extends InfractlException {

    public static final String INVALID_TEMPLATE = "InvalidTemplate";
    public static final String RESOURCE_NOT_FOUND = "ResourceNotFound";

    private final String code;
    private final String jsonPath;

    public TemplateException(String code, String message, String jsonPath) {
        super(ExitCode.BAD_INPUT, List.of(new Problem(message,
                jsonPath == null ? null : new SourceLocation(null, 0, 0, jsonPath), hintFor(code))));
        this.code = code;
        this.jsonPath = jsonPath;
    }

    public static TemplateException invalidTemplate(String message, String jsonPath) {
        return new TemplateException(INVALID_TEMPLATE, message, jsonPath);
    }

    public static TemplateException resourceNotFound(String resourceId) {
        return new TemplateException(RESOURCE_NOT_FOUND,
                "The Resource '" + resourceId + "' was not found.", null);
    }

    /** The ARM error code, such as {@code InvalidTemplate}. */
    public String code() {
        return code;
    }

    /** Where in the template, such as {@code $.resources[2].properties.x}; null when not tied to one place. */
    public String jsonPath() {
        return jsonPath;
    }

    private static String hintFor(String code) {
        return INVALID_TEMPLATE.equals(code)
                ? "fix the template expression at that path; see https://aka.ms/arm-functions"
                : null;
    }
}
