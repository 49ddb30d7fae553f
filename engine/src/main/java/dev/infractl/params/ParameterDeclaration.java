package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.JsonPaths;
import java.util.List;

/**
 * One entry of an ARM template's {@code parameters} section.
 *
 * @param defaultValue the declared default as written (an ARM expression stays a string), or null
 * @param allowedValues empty when the template does not restrict the value
 * @param minValue null when absent; likewise maxValue, minLength, maxLength
 * @param description metadata.description, or an empty string
 */
public record ParameterDeclaration(String name, ParameterType type, JsonNode defaultValue,
                                   List<JsonNode> allowedValues, Long minValue, Long maxValue,
                                   Integer minLength, Integer maxLength, String description) {

    public ParameterDeclaration {
        allowedValues = List.copyOf(allowedValues);
        description = description == null ? "" : description;
    }

    public boolean hasDefault() {
        return defaultValue != null && !defaultValue.isNull();
    }

    /** The template's own JSON path for this declaration, for messages about its default. */
    public String jsonPath() {
        return JsonPaths.child("$.parameters", name);
    }
}
