package dev.infractl.config;

import dev.infractl.InfractlException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which {@code inference.config.json} an environment's outputs live in. The project's own environment is Azure's,
 * in {@code infra/inference.config.json}, the file the AI Toolkit's editor commands read too; every other
 * environment, the local emulator's among them, keeps its file under {@code .infractl/envs/NAME/}, so trying the
 * tool locally never changes what a later Azure run targets.
 *
 * @param environment the environment's name, or null for the project's own (Azure) environment
 * @param file the config file of that environment
 * @param customEndpoint the commands target an ARM endpoint given with --arm-endpoint (such as a standalone
 *                       {@code infractl emulator}), where the emulator's subscription is a real target
 */
public record ConfigLocation(String environment, Path file, boolean customEndpoint) {

    /** The environment {@code --local} uses. */
    public static final String LOCAL = "local";

    /**
     * The subscription the local emulator makes up. An infractl before environments wrote it into
     * infra/inference.config.json after {@code provision --local}; Azure commands must not target it.
     */
    public static final String EMULATOR_SUBSCRIPTION_ID = "d3f2a1b0-9c8e-4d7f-a6b5-c4d3e2f1a0b9";

    /** What an environment may be called: it names a folder, so letters, digits, '-' and '_'. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /**
     * @param given where the name came from, for the message ("--env", "INFRACTL_ENV")
     * @throws InfractlException bad input when {@code name} cannot name an environment
     */
    public ConfigLocation(String environment, Path file) {
        this(environment, file, false);
    }

    /** The same file, read for commands aimed at --arm-endpoint. */
    public ConfigLocation atCustomEndpoint() {
        return new ConfigLocation(environment, file, true);
    }

    public static String checkName(String name, String given) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw InfractlException.badInput(given + ": '" + name + "' is not a valid environment name", null,
                    "use 1 to 64 letters, digits, '-' or '_', such as dev, prod or prod-westus3");
        }
        return name;
    }

    public boolean projectDefault() {
        return environment == null;
    }

    /** The named environment's parameter values, a layer between inference.parameters.json and --parameters. */
    public Optional<Path> parametersFile() {
        return projectDefault() ? Optional.empty() : Optional.of(file.resolveSibling("parameters.json"));
    }

    /** The named environment's env.json, where its subscription, resource group and location are kept. */
    public Optional<Path> targetFile() {
        return projectDefault() ? Optional.empty() : Optional.of(file.resolveSibling(EnvironmentTarget.FILE_NAME));
    }

    /** Where the named environment deploys (env.json); the project's own environment has no such file. */
    public EnvironmentTarget target() {
        return targetFile().map(EnvironmentTarget::read).orElseGet(EnvironmentTarget::none);
    }

    /** The command-line option that selects this environment, for hints: "" or " --local". */
    public String option() {
        return projectDefault() ? "" : LOCAL.equals(environment) ? " --local" : " --env " + environment;
    }

    /**
     * The file's scalar values (see {@link ConfigFile#read}). In the project's own file, values an older
     * {@code provision --local} left there are the emulator's, not Azure's: they are ignored, with a warning.
     */
    public Map<String, String> read(List<String> warnings) {
        Map<String, String> values = ConfigFile.read(file);
        if (holdsEmulatorValues(values)) {
            warnings.add(leftover() + "; they are ignored: `infractl provision` overwrites them, and --local keeps its"
                    + " values in .infractl/envs/local/inference.config.json");
            return Map.of();
        }
        return values;
    }

    boolean holdsEmulatorValues(Map<String, String> values) {
        return projectDefault() && !customEndpoint && EMULATOR_SUBSCRIPTION_ID.equalsIgnoreCase(values.getOrDefault("SUBSCRIPTION_ID", "").strip());
    }

    String leftover() {
        return "infra/inference.config.json holds the local emulator's subscription and names, left there by an older"
                + " `infractl provision --local`";
    }
}
