package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.Cloud;
import dev.infractl.azure.ConnectionSettings;
import dev.infractl.config.ConfigLocation;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentGateway;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.Polling;
import dev.infractl.deploy.ProgressListener;
import dev.infractl.deploy.ProjectDeployments;
import dev.infractl.deploy.ResourceGroups;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import dev.infractl.params.Target;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The connection to Resource Manager for one command (contract D): Azure itself, a custom endpoint, or with
 * {@code --local} an in-process emulator whose state lives in {@code <project>/.infractl/local/}. Also fills
 * the target's defaults that depend on where we are connected.
 */
final class AzureSession implements AutoCloseable {

    /** Where {@code --local} puts a new resource group when none is given. */
    static final String LOCAL_LOCATION = "swedencentral";

    private final CompletableFuture<Connected> connecting;
    private final ProjectLayout project;
    private final boolean startsEmulator;
    private final ConfigLocation config;

    private AzureSession(CompletableFuture<Connected> connecting, ProjectLayout project, boolean startsEmulator,
                         ConfigLocation config) {
        this.connecting = connecting;
        this.project = project;
        this.startsEmulator = startsEmulator;
        this.config = config;
    }

    /**
     * Starts connecting in the background (starting the emulator for --local, loading the SDK), so that
     * compiling and checking the parameters run meanwhile; {@link #connection()} waits for it.
     */
    static AzureSession open(CommonOptions common, TargetOptions target, Map<String, String> environment, PrintWriter err) {
        target.environment(); // a bad --env stops here, before the emulator starts
        Cloud cloud = Cloud.named(target.cloud());
        if (target.local() && target.armEndpoint() != null) {
            throw InfractlException.badInput("--local and --arm-endpoint exclude each other", null,
                    "use --local for the emulator, or --arm-endpoint for another Resource Manager");
        }
        PrintStream verbose = common.verbose() ? LineForwarder.to(err) : null;
        ProjectLayout project = common.project();
        Executor background = task -> {
            Thread thread = new Thread(task, "infractl-connect");
            thread.setDaemon(true);
            thread.start();
        };
        return new AzureSession(CompletableFuture.supplyAsync(
                () -> connect(cloud, target, environment, verbose, project), background), project, target.local(),
                target.config(project));
    }

    private static Connected connect(Cloud cloud, TargetOptions target, Map<String, String> environment,
                                     PrintStream verbose, ProjectLayout project) {
        if (target.local()) {
            Emulator emulator = Emulator.start(new EmulatorSettings(0, project.localState(), target.emulatorFaults(),
                    target.emulatorSpeed(), EmulatorSettings.defaults(project.localState()).appStartup()));
            ConnectionSettings settings = new ConnectionSettings(cloud, emulator.armEndpoint(), emulator.caCertificate(),
                    emulator.token(), emulator.tenantId(), verbose);
            try {
                return warm(new Connected(AzureConnection.open(settings), emulator), emulator.subscriptionId());
            } catch (RuntimeException e) {
                emulator.close();
                throw e;
            }
        }
        URI endpoint = target.armEndpoint() == null ? null : URI.create(target.armEndpoint());
        ConnectionSettings settings = new ConnectionSettings(cloud, endpoint, target.caCert(),
                environment.get(ConnectionSettings.ACCESS_TOKEN_VARIABLE), environment.get("AZURE_TENANT_ID"), verbose);
        return warm(new Connected(AzureConnection.open(settings), null), "00000000-0000-0000-0000-000000000000");
    }

    /** Loads the SDK's resource classes while the foreground compiles the template; sends nothing. */
    private static Connected warm(Connected connected, String anySubscription) {
        connected.connection().resourceManager(anySubscription);
        return connected;
    }

    private Connected connected() {
        try {
            return connecting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The config file this session's outputs go to: --local's own, never the project's Azure one. */
    ConfigLocation config() {
        return config;
    }

    AzureConnection connection() {
        return connected().connection();
    }

    boolean local() {
        return connected().emulator() != null;
    }

    /**
     * The subscription, group and location to deploy to. With --local, the emulator's subscription unless
     * --subscription names one (the emulator holds one subscription; the config files and the az CLI name real
     * ones), the group the files name or else one named after the project, and
     * {@value #LOCAL_LOCATION}.
     */
    DeploymentTarget target(Target resolved, String location) {
        String subscription = resolved.subscription().value();
        if (local() && !"--subscription".equals(resolved.subscription().source())) {
            subscription = connected().emulator().subscriptionId();
        }
        String group = resolved.resourceGroup().value();
        if (group == null && local()) {
            group = "rg-" + project.root().getFileName().toString().toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9._-]", "-");
        }
        if (subscription == null) {
            throw InfractlException.badInput("no subscription to deploy to", null,
                    "give --subscription ID, set AZURE_SUBSCRIPTION_ID, or `az account set --subscription ID`");
        }
        if (group == null) {
            throw InfractlException.badInput("no resource group to deploy to", null,
                    "give --resource-group NAME (with --location REGION to create it), set AZURE_RESOURCE_GROUP, "
                            + "or keep RESOURCE_GROUP_NAME in infra/inference.config.json");
        }
        String where = location == null && local() ? LOCAL_LOCATION : location;
        return new DeploymentTarget(subscription, group, where, connection().portalUrl());
    }

    DeploymentGateway deployments(DeploymentTarget target) {
        return connection().deployments(target.subscriptionId(), target.resourceGroup());
    }

    /** The project's deployments at {@code target}, as status and cancel find them. */
    ProjectDeployments projectDeployments(DeploymentTarget target, ProgressListener listener, Interruption interruption) {
        return new ProjectDeployments(deployments(target), listener, Polling.real(interruption));
    }

    ResourceGroups resourceGroups(DeploymentTarget target) {
        return connection().resourceGroups(target.subscriptionId());
    }

    /**
     * Stops the emulator, waiting for it to have started if it was still starting. Without one there is
     * nothing to stop, so a command that failed early does not wait for the SDK to load.
     */
    @Override
    public void close() {
        if (!startsEmulator) {
            return;
        }
        try {
            Emulator emulator = connecting.join().emulator();
            if (emulator != null) {
                emulator.close();
            }
        } catch (CompletionException e) {
            // it never started, so there is nothing to stop; the command reports its own error
        }
    }

    private record Connected(AzureConnection connection, Emulator emulator) {
    }
}
