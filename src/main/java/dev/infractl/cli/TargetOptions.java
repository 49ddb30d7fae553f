package dev.infractl.cli;

import dev.infractl.config.ConfigLocation;
import dev.infractl.config.ProjectLayout;
import java.nio.file.Path;
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

    @Option(names = "--emulator-faults", paramLabel = "FILE", description = "Faults for --local and emulator (JSON; see README).")
    Path emulatorFaults;

    /** Hidden: how fast --local deploys; tests and benchmarks run the emulator faster. */
    @Option(names = "--emulator-speed", hidden = true, paramLabel = "FACTOR")
    double emulatorSpeed = 1.0;

    public String subscription() { return subscription; }

    public String resourceGroup() { return resourceGroup; }

    public String location() { return location; }

    public String cloud() { return cloud; }

    public String armEndpoint() { return armEndpoint; }

    public Path caCert() { return caCert; }

    public boolean local() { return local; }

    public Path emulatorFaults() { return emulatorFaults; }

    public double emulatorSpeed() { return emulatorSpeed; }

    /** The config file of the environment these options select: --local's own, else the project's (Azure). */
    public ConfigLocation config(ProjectLayout project) {
        return project.config(local ? ConfigLocation.LOCAL : null);
    }
}
