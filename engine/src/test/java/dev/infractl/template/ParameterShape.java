package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a template promises about one parameter, in ARM's terms, so a Bicep declaration and its compiled
 * JSON can be compared field by field.
 *
 * @param defaultValue the ARM default (a literal, or an expression string in brackets); null when required
 */
record ParameterShape(String type, JsonNode defaultValue, List<JsonNode> allowedValues, Long minValue,
                      Long maxValue, Long minLength, Long maxLength, String description) {
}
