package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;

/** One value that one layer gives one parameter name (which the template may not declare). */
public record ParameterAssignment(String name, JsonNode value, ValueKind kind, ParameterSource source) {
}
