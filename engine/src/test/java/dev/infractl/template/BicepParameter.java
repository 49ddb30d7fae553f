package dev.infractl.template;

import java.util.Map;
import java.util.Optional;

/**
 * One {@code param} declaration as written in a .bicep file.
 *
 * @param decorators decorator name to its raw argument text, e.g. {@code minLength -> 3}
 * @param defaultExpression the text after {@code =}, or empty when the parameter is required
 */
record BicepParameter(String name, String type, Optional<String> defaultExpression,
                      Map<String, String> decorators, int line) {
}
