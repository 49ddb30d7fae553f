package dev.infractl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import dev.infractl.config.ConfigFile;
import dev.infractl.config.ConfigKey;
import dev.infractl.config.JsonFiles;
import java.nio.file.Files;
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

    /**
     * Fails (exit 2, before anything is sent) when the outputs could not be merged into the file after the
     * deployment: the file is not a writable file holding a JSON object, or its folder (where the temporary file
     * goes) cannot be created or written.
     */
    public static void checkWritable(Path configFile) {
        Path file = configFile.toAbsolutePath();
        String fix = "make it writable (or move it aside) and run the command again; nothing was sent";
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw InfractlException.badInput(file + " is not a file, so the outputs could not be written to it",
                    SourceLocation.of(file), "move it aside and run the command again; nothing was sent");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw InfractlException.badInput("cannot write " + file, SourceLocation.of(file), fix);
        }
        Path folder = file.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw InfractlException.badInput("cannot write " + file + ": " + (folder == null ? "no folder"
                    : folder + (Files.isDirectory(folder) ? " is not writable" : " is not a folder")),
                    SourceLocation.of(file), "make the folder writable and run the command again; nothing was sent");
        }
        JsonFiles.readIfExists(file).filter(existing -> !existing.isObject()).ifPresent(existing -> {
            throw InfractlException.badInput("a config file must hold a JSON object", SourceLocation.jsonPath(file, "$"),
                    "fix or move the file aside and run the command again; nothing was sent");
        });
    }

    /**
     * Emits how a followed deployment ended, after merging its outputs into the config file when it succeeded.
     * When that write fails the deployment still succeeded: the event (whose outputs the renderers print) goes
     * out first, then exit 1 says the file was not written.
     */
    static ProvisionEvent.Finished finish(ProvisionEvent.Finished finished, Path configFile, DeploymentTarget target,
                                          ProgressListener listener) {
        if (finished.reason() == StopReason.COMPLETED && finished.state() == ProvisioningState.SUCCEEDED) {
            try {
                merge(configFile, finished.outputs(), target);
            } catch (InfractlException e) {
                listener.on(finished);
                throw new InfractlException(ExitCode.AZURE_FAILED, "deployment " + finished.deploymentName()
                        + " succeeded, but its outputs were not written to " + configFile + ": "
                        + e.problems().get(0).message(),
                        "the outputs are printed above (stdout); copy them into the file, or fix it and run "
                                + "`infractl status --attach` to write them");
            }
        }
        listener.on(finished);
        return finished;
    }
}
