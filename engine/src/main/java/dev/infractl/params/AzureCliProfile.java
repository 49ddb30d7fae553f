package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The az CLI's default subscription, read from {@code azureProfile.json} (we never run {@code az}: it is
 * slow and may not be installed). The az CLI writes the file with a UTF-8 byte order mark.
 */
public final class AzureCliProfile {

    private AzureCliProfile() {
    }

    /** The az CLI's folder: AZURE_CONFIG_DIR when set, as the az CLI itself does, else ~/.azure. */
    public static Path folder(Map<String, String> environment, Path home) {
        String configured = environment.get("AZURE_CONFIG_DIR");
        return configured == null || configured.isBlank() ? home.resolve(".azure") : Path.of(configured);
    }

    public static Path profileFile(Map<String, String> environment, Path home) {
        return folder(environment, home).resolve("azureProfile.json");
    }

    /** The id of the entry marked {@code "isDefault": true}; empty when the file is absent or unreadable. */
    public static Optional<String> defaultSubscription(Path profile) {
        if (!Files.isRegularFile(profile)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(profile, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            for (JsonNode subscription : JsonFiles.MAPPER.readTree(text).path("subscriptions")) {
                if (subscription.path("isDefault").asBoolean(false) && subscription.hasNonNull("id")) {
                    return Optional.of(subscription.get("id").asText());
                }
            }
        } catch (IOException e) {
            // a damaged az profile is the az CLI's business; the subscription is then simply not set here
            return Optional.empty();
        }
        return Optional.empty();
    }
}
