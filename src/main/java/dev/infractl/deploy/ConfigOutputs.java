package dev.infractl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.ConfigFile;
import dev.infractl.config.ConfigKey;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The deployment's outputs as config values: output names matched to {@link ConfigKey} names. */
public final class ConfigOutputs {

    private ConfigOutputs() {
    }

    /** Output values as text: strings as they are, anything else as JSON. */
    public static Map<String, String> asText(Map<String, JsonNode> outputs) {
        Map<String, String> text = new LinkedHashMap<>();
        outputs.forEach((name, value) -> text.put(name, value.isValueNode() ? value.asText() : value.toString()));
        return text;
    }

    /**
     * Merges the outputs that name a config key into the file (atomically; keys the user added stay).
     * The target fills SUBSCRIPTION_ID and RESOURCE_GROUP_NAME when the template does not output them.
     */
    public static void merge(Path configFile, Map<String, String> outputs, DeploymentTarget target) {
        Map<ConfigKey, String> updates = new EnumMap<>(ConfigKey.class);
        updates.put(ConfigKey.SUBSCRIPTION_ID, target.subscriptionId());
        updates.put(ConfigKey.RESOURCE_GROUP_NAME, target.resourceGroup());
        outputs.forEach((name, value) -> {
            for (ConfigKey key : ConfigKey.values()) {
                if (key.name().equalsIgnoreCase(name)) {
                    updates.put(key, value);
                }
            }
        });
        ConfigFile.merge(configFile, updates);
    }
}
