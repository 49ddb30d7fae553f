package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.config.ConfigLocation;
import dev.infractl.config.ProjectLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the work goes: subscription, resource group, cloud, or the local emulator. */
public final class TargetOptions {

    @Option(names = "--subscription", paramLabel = "ID", description = "Subscription ID (default: AZURE_SUBSCRIPTION_ID, then the config files, then the az CLI's default).")
    String subscription;

    @Option(names = "--resource-group", paramLabel = "NAME", description = "Resource group (default: AZURE_RESOURCE_GROUP, then the config files).")
    String resourceGroup;

    @Option(names = "--location", paramLabel = "NAME", description = "Azure region, such as swedencentral.")
    String location;

    @Option(names = "--cloud", paramLabel = "NAME", description = "AzureCloud, AzureChinaCloud or AzureUSGovernment (default: ${DEFAULT-VALUE}).")
    String cloud = "AzureCloud";

    @Option(names = "--arm-endpoint", paramLabel = "URL", description = "Resource Manager endpoint of a custom cloud, a proxy or a replay server.")
    String armEndpoint;

    @Option(names = "--ca-cert", paramLabel = "PEM", description = "Trust this CA certificate for --arm-endpoint.")
    Path caCert;

    @Option(names = "--local", description = "Run against the in-process local emulator instead of Azure.")
    boolean local;

    @Option(names = "--env", paramLabel = "NAME",
            description = "A named environment, with its outputs, parameters.json and target in .infractl/envs/NAME/ (default: INFRACTL_ENV; --local is the environment local). provision, deploy and plan take it more than once.")
    List<String> envs = List.of();

    /** The process environment, read for INFRACTL_ENV; tests substitute their own. */
    Map<String, String> variables = System.getenv();

    @Option(names = "--emulator-faults", paramLabel = "FILE", description = "Faults for --local and emulator (JSON; see README).")
    Path emulatorFaults;

    /** Hidden: how fast --local deploys; tests and benchmarks run the emulator faster. */
    @Option(names = "--emulator-speed", hidden = true, paramLabel = "FACTOR")
    double emulatorSpeed = 1.0;

    public String subscription() { return subscription; }

    public String resourceGroup() { return resourceGroup; }

    /** --location as given; see {@link #location(ProjectLayout)} for the environment's own. */
    public String location() { return location; }

    /** --location, else the named environment's location (env.json), else null. */
    public String location(ProjectLayout project) {
        return location != null ? location : config(project).target().location();
    }

    public String cloud() { return cloud; }

    /**
     * The cloud whose region names --location and the location parameter are checked against: --cloud, also with
     * --local (the emulator's regions are Azure's, so what passes locally passes on Azure); none for a custom
     * Resource Manager, whose regions we cannot know.
     */
    public String regionCloud() {
        return armEndpoint != null && !local() ? null : cloud;
    }

    public String armEndpoint() { return armEndpoint; }

    public Path caCert() { return caCert; }

    /** Whether the work goes to the in-process emulator: --local, or the environment named local. */
    public boolean local() { return local || ConfigLocation.LOCAL.equals(environment()); }

    /**
     * The environment these options select: --env, else --local's, else INFRACTL_ENV, else null (the project's
     * own). A name that cannot name a folder, or --local with another --env, is bad input.
     */
    public String environment() {
        if (envs.stream().distinct().count() > 1) {
            throw InfractlException.badInput("--env names " + envs.stream().distinct().count() + " environments", null,
                    "only provision, deploy and plan run several environments at once; give --env once");
        }
        String env = envs.isEmpty() ? null : envs.get(0);
        if (env != null) {
            ConfigLocation.checkName(env, "--env");
            if (local && !ConfigLocation.LOCAL.equals(env)) {
                throw InfractlException.badInput("--local and --env " + env + " exclude each other", null,
                        "--local is the environment named local: drop --local to use " + env + ", or drop --env");
            }
            return env;
        }
        if (local) {
            return ConfigLocation.LOCAL;
        }
        String variable = variables.get("INFRACTL_ENV");
        return variable == null || variable.isBlank() ? null : ConfigLocation.checkName(variable.strip(), "INFRACTL_ENV");
    }

    /** Whether --local itself was given (not --env local). */
    boolean localGiven() {
        return local;
    }

    /** The names given with --env, in order, as typed (several for provision, deploy and plan). */
    List<String> environments() {
        return envs;
    }

    /** These options with only the environment changed: one environment's share of a several-environment run. */
    TargetOptions forEnvironment(String name) {
        TargetOptions one = new TargetOptions();
        one.subscription = subscription;
        one.resourceGroup = resourceGroup;
        one.location = location;
        one.cloud = cloud;
        one.armEndpoint = armEndpoint;
        one.caCert = caCert;
        one.envs = List.of(name);
        one.variables = variables;
        one.emulatorFaults = emulatorFaults;
        one.emulatorSpeed = emulatorSpeed;
        return one;
    }

    public Path emulatorFaults() { return emulatorFaults; }

    public double emulatorSpeed() { return emulatorSpeed; }

    /** The state of the environment these options select: a named one's, --local's, else the project's (Azure). */
    public ConfigLocation config(ProjectLayout project) {
        ConfigLocation config = project.config(environment());
        return armEndpoint != null && !local() ? config.atCustomEndpoint() : config;
    }
}
