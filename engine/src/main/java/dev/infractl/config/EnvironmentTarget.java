package dev.infractl.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a named environment deploys, kept in {@code .infractl/envs/NAME/env.json} by {@code infractl env new}:
 * {@code {"subscription": ..., "resourceGroup": ..., "location": ...}}; each may be null (not set).
 */
public record EnvironmentTarget(String subscription, String resourceGroup, String location) {

    public static final String FILE_NAME = "env.json";

    public static EnvironmentTarget none() {
        return new EnvironmentTarget(null, null, null);
    }

    /** The file's values; an absent file targets nothing. */
    public static EnvironmentTarget read(Path file) {
        Map<String, String> values = ConfigFile.read(file);
        return new EnvironmentTarget(values.get("subscription"), values.get("resourceGroup"), values.get("location"));
    }

    /** Merges the values that are set into the file (other keys stay), written atomically. */
    public void merge(Path file) {
        ObjectNode document = ConfigFile.document(file).deepCopy();
        put(document, "subscription", subscription);
        put(document, "resourceGroup", resourceGroup);
        put(document, "location", location);
        JsonFiles.writeAtomically(file, JsonFiles.toText(document));
    }

    private static void put(ObjectNode document, String key, String value) {
        if (value != null) {
            document.put(key, value);
        } else if (!document.has(key)) {
            document.putNull(key);
        }
    }
}
