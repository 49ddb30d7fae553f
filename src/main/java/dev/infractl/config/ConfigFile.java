package dev.infractl.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code inference.config.json} and {@code finetuning.config.json}: flat objects of string values.
 * Merging keeps every key the user added and the order they wrote them in; new keys follow in
 * {@link ConfigKey} order.
 */
public final class ConfigFile {

    private ConfigFile() {
    }

    /** The file's string values; absent file = empty map. A value that is not a string is bad input. */
    public static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        Optional<JsonNode> document = JsonFiles.readIfExists(file);
        if (document.isEmpty()) {
            return values;
        }
        JsonNode root = document.get();
        if (!root.isObject()) {
            throw InfractlException.badInput("a config file must hold a JSON object", SourceLocation.jsonPath(file, "$"),
                    "write it as {\"SUBSCRIPTION_ID\": \"...\", ...}");
        }
        root.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                return;
            }
            if (!value.isValueNode()) {
                throw InfractlException.badInput("config value " + field.getKey() + " must be a string",
                        SourceLocation.jsonPath(file, "$." + field.getKey()), "write it as a quoted string");
            }
            values.put(field.getKey(), value.asText());
        });
        return values;
    }

    /**
     * Merges {@code updates} into the file and writes it atomically. Keys not in {@code updates} stay
     * exactly as they were, including values that are not strings.
     */
    public static void merge(Path file, Map<ConfigKey, String> updates) {
        JsonNode existing = JsonFiles.readIfExists(file).orElseGet(JsonFiles.MAPPER::createObjectNode);
        if (!existing.isObject()) {
            throw InfractlException.badInput("a config file must hold a JSON object", SourceLocation.jsonPath(file, "$"),
                    "move the file aside and run the command again");
        }
        ObjectNode merged = ((ObjectNode) existing).deepCopy();
        for (ConfigKey key : ConfigKey.values()) {
            String value = updates.get(key);
            if (value != null) {
                merged.put(key.name(), value);
            }
        }
        JsonFiles.writeAtomically(file, JsonFiles.toText(merged));
    }

    /**
     * Removes our keys of resources that no longer exist, writing atomically; the user's keys stay. Does nothing
     * when the file is absent or none of the keys is in it.
     */
    public static void remove(Path file, java.util.Set<ConfigKey> keys) {
        Optional<JsonNode> existing = JsonFiles.readIfExists(file);
        if (existing.isEmpty() || !existing.get().isObject()) {
            return;
        }
        ObjectNode kept = ((ObjectNode) existing.get()).deepCopy();
        boolean changed = false;
        for (ConfigKey key : keys) {
            changed |= kept.remove(key.name()) != null;
        }
        if (changed) {
            JsonFiles.writeAtomically(file, JsonFiles.toText(kept));
        }
    }
}
