package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** A resource that fails during a deployment: by type, optionally by name, with the error it reports. */
record ResourceFault(String type, String name, ArmError error) {

    boolean matches(String resourceType, String resourceName) {
        return type.equalsIgnoreCase(resourceType) && (name == null || name.equalsIgnoreCase(resourceName));
    }

    static ResourceFault fromJson(JsonNode rule, String where) {
        if (!rule.hasNonNull("type")) {
            throw new IllegalArgumentException(where + ".type is required (a resource type such as Microsoft.App/managedEnvironments)");
        }
        JsonNode error = rule.path("error");
        ArmError armError = error.isObject() ? ArmError.fromJson(error)
                : ArmError.of("InternalServerError", "The emulator was told to fail this resource.");
        return new ResourceFault(rule.get("type").asText(), rule.hasNonNull("name") ? rule.get("name").asText() : null,
                armError);
    }
}
