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
 * {@code inference.config.json} and {@code finetuning.config.json}: objects of mostly string values, read
 * tolerantly (nulls, arrays, keys we do not know) because the AI Toolkit and users write them too. Merging
 * keeps every key the user added, with its value and in the order they wrote them; new keys follow in
 * {@link ConfigKey} order.
 */
public final class ConfigFile {

    private ConfigFile() {
    }

    /**
     * The file's values that are strings, numbers or booleans, as text; absent file = empty map. Null means
     * "not set" (the AI Toolkit ships the file with every key null) and is left out, and so are objects and
     * arrays (COMMANDS, or a key the user added): {@link #document} has them, and {@link #merge} keeps them.
     */
    public static Map<String, String> read(Path file) {
        return strings(document(file));
    }

    /** The scalar values of a config document as text, as {@link #read} returns them. */
    public static Map<String, String> strings(ObjectNode document) {
        Map<String, String> values = new LinkedHashMap<>();
        document.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isValueNode() && !value.isNull()) {
                values.put(field.getKey(), value.asText());
            }
        });
        return values;
    }

    /** The whole file as it was written; absent file = empty object. */
    public static ObjectNode document(Path file) {
        Optional<JsonNode> document = JsonFiles.readIfExists(file);
        if (document.isEmpty()) {
            return JsonFiles.MAPPER.createObjectNode();
        }
        if (!document.get().isObject()) {
            throw InfractlException.badInput("a config file must hold a JSON object", SourceLocation.jsonPath(file, "$"),
                    "write it as {\"SUBSCRIPTION_ID\": \"...\", ...}");
        }
        return (ObjectNode) document.get();
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
