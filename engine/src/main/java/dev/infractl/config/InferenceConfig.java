package dev.infractl.config;

import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code infra/inference.config.json} as {@code deploy} and {@code endpoint} need it: written by
 * {@code provision}, or filled by hand after provisioning some other way. Every missing or malformed key is
 * reported at once, each with where its value comes from.
 */
public record InferenceConfig(String subscriptionId, String resourceGroup, String storageAccount, String fileShare,
                              String appName, URI appEndpoint) {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    private static final Pattern STORAGE_ACCOUNT = Pattern.compile("[a-z0-9]{3,24}");
    private static final Pattern FILE_SHARE = Pattern.compile("[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}");
    private static final Pattern RESOURCE_GROUP = Pattern.compile("[-\\w._()]{1,90}");
    private static final Pattern ENDPOINT = Pattern.compile("(?i:https://)?[^\\s/:]+(:[0-9]{1,5})?/?");
    private static final Pattern APP_NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}[a-z0-9]|[a-z]");

    /** Reads the keys in {@code required} from the project's own (Azure) config; the others may be absent. */
    public static InferenceConfig read(ProjectLayout project, Set<ConfigKey> required) {
        return read(project, project.config(), required);
    }

    /** Reads the keys in {@code required} from the config of {@code location}; the others may be absent and are then null. */
    public static InferenceConfig read(ProjectLayout project, ConfigLocation location, Set<ConfigKey> required) {
        Path file = location.file();
        Path shown = project.relative(file);
        if (Files.isDirectory(file)) {
            throw InfractlException.badInput(shown + " is a directory, not a file", SourceLocation.of(shown),
                    "move the directory aside and run `infractl provision" + location.option() + "`, or write the file by hand");
        }
        if (!Files.isRegularFile(file)) {
            throw InfractlException.badInput("there is no " + shown + " in " + project.root(), SourceLocation.of(shown),
                    "run `infractl provision" + location.option() + "` first (it writes the file)" + (location.projectDefault()
                            ? ", or, after provisioning by other means, create it with the keys "
                                    + required.stream().map(Enum::name).sorted().toList() + localHint(project) : ""));
        }
        if (location.holdsEmulatorValues(ConfigFile.read(file))) {
            throw InfractlException.badInput(location.leftover(), SourceLocation.jsonPath(shown, "$.SUBSCRIPTION_ID"),
                    "for Azure, run `infractl provision` or fill the file by hand; for the emulator, add --local"
                            + " (and run `infractl provision --local` once)");
        }
        Map<String, String> values = new HashMap<>();
        // an object or array where a name belongs is shown as its JSON text in the "is not" problem below
        ConfigFile.document(file).properties().forEach(field -> {
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString());
            }
        });
        List<Problem> problems = new ArrayList<>();
        String subscription = value(values, ConfigKey.SUBSCRIPTION_ID, GUID, "a subscription ID (a GUID)", required, shown, problems);
        String group = value(values, ConfigKey.RESOURCE_GROUP_NAME, RESOURCE_GROUP, "a resource group name", required, shown, problems);
        String account = value(values, ConfigKey.STORAGE_ACCOUNT_NAME, STORAGE_ACCOUNT,
                "a storage account name: 3-24 lowercase letters and digits", required, shown, problems);
        String share = value(values, ConfigKey.FILE_SHARE_NAME, FILE_SHARE,
                "a file share name: 3-63 lowercase letters, digits and single hyphens", required, shown, problems);
        String app = value(values, ConfigKey.ACA_APP_NAME, APP_NAME,
                "a container app name: lowercase letters, digits and hyphens, at most 32", required, shown, problems);
        String endpoint = value(values, ConfigKey.ACA_APP_ENDPOINT, ENDPOINT,
                "a host name such as myapp.example.swedencentral.azurecontainerapps.io, or its https:// URL",
                required, shown, problems);
        if (!problems.isEmpty()) {
            throw InfractlException.badInput(problems);
        }
        return new InferenceConfig(subscription, group, account, share, app, endpoint == null ? null : endpointUri(endpoint));
    }

    private static String localHint(ProjectLayout project) {
        return Files.isRegularFile(project.config(ConfigLocation.LOCAL).file())
                ? "; for what `provision --local` made, add --local" : "";
    }

    /**
     * ACA_APP_ENDPOINT as an https URL. The AI Toolkit's template (and ours) output the bare host name
     * ({@code ingress.fqdn}); older infractl versions and hand-filled files have the https:// URL.
     */
    public static URI endpointUri(String value) {
        String trimmed = value.strip();
        return URI.create(trimmed.regionMatches(true, 0, "https://", 0, 8) ? trimmed : "https://" + trimmed);
    }

    public static Set<ConfigKey> all() {
        return EnumSet.allOf(ConfigKey.class);
    }

    private static String value(Map<String, String> values, ConfigKey key, Pattern shape, String expected,
                                Set<ConfigKey> required, Path file, List<Problem> problems) {
        String value = values.get(key.name());
        if (value == null || value.isBlank()) {
            if (required.contains(key)) {
                problems.add(Problem.of(key.name() + " is missing", SourceLocation.jsonPath(file, "$." + key.name()),
                        "`infractl provision` writes it; after provisioning by other means, fill it by hand with "
                                + expected + " (" + whereToFind(key) + ")"));
            }
            return null;
        }
        String trimmed = value.strip();
        if (!shape.matcher(trimmed).matches()) {
            problems.add(Problem.of(key.name() + " is not " + expected + ": \"" + value + "\"",
                    SourceLocation.jsonPath(file, "$." + key.name()), "correct it, or run `infractl provision` to rewrite it"));
            return null;
        }
        return trimmed;
    }

    private static String whereToFind(ConfigKey key) {
        return switch (key) {
            case SUBSCRIPTION_ID -> "`az account show --query id`";
            case RESOURCE_GROUP_NAME -> "the group that holds the container app";
            case STORAGE_ACCOUNT_NAME -> "the account whose file share the app mounts at /mount";
            case FILE_SHARE_NAME -> "the share mounted at /mount, in the environment's Azure Files storage";
            case ACA_APP_NAME -> "`az containerapp list -g GROUP --query [].name`";
            case ACA_APP_ENDPOINT -> "`az containerapp show -n APP -g GROUP --query properties.configuration.ingress.fqdn`";
        };
    }
}
