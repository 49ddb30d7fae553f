package dev.infractl.cli;

import dev.infractl.Background;
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
import dev.infractl.emulator.LocalAzure;
import dev.infractl.params.Target;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

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
    private final Supplier<Connected> local;
    private final ConfigLocation config;
    private Connected localConnected;

    private AzureSession(CompletableFuture<Connected> connecting, ProjectLayout project, Supplier<Connected> local,
                         ConfigLocation config) {
        this.connecting = connecting;
        this.project = project;
        this.local = local;
        this.config = config;
    }

    /**
     * Starts connecting in the background (loading the SDK), so that compiling and checking the parameters run
     * meanwhile; {@link #connection()} waits for it. With --local the emulator itself starts only then, once the
     * input has been checked: bad input leaves no state folder and no CA behind.
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
        if (target.local()) {
            CompletableFuture<Connected> warming = Background.supply("infractl-connect", () -> warmUp(cloud));
            return new AzureSession(warming, project, () -> startLocal(cloud, target, verbose, project, warming),
                    target.config(project));
        }
        return new AzureSession(Background.supply("infractl-connect",
                () -> connect(cloud, target, environment, verbose)), project, null, target.config(project));
    }

    /**
     * Sessions for the environments of a several-environment run, all on one connection (one HTTP pipeline, one
     * credential) opened once in the background; each session has its own environment's config. Never --local:
     * {@link EnvironmentChoice} keeps the emulator's environment out of such runs.
     */
    static Function<TargetOptions, AzureSession> shared(CommonOptions common, TargetOptions target,
                                                        Map<String, String> environment, PrintWriter err) {
        Cloud cloud = Cloud.named(target.cloud());
        PrintStream verbose = common.verbose() ? LineForwarder.to(err) : null;
        ProjectLayout project = common.project();
        CompletableFuture<Connected> connecting = Background.supply("infractl-connect",
                () -> connect(cloud, target, environment, verbose));
        return one -> new AzureSession(connecting, project, null, one.config(project));
    }

    private static Connected startLocal(Cloud cloud, TargetOptions target, PrintStream verbose, ProjectLayout project,
                                        CompletableFuture<Connected> warming) {
        try {
            warming.join();
        } catch (CompletionException ignored) {
            // warming up only loads classes; connecting below reports any real problem
        }
        LocalAzure emulator = Emulator.startOrJoin(new EmulatorSettings(0, project.localState(), target.emulatorFaults(),
                target.emulatorSpeed(), EmulatorSettings.defaults(project.localState()).appStartup()));
        ConnectionSettings settings = new ConnectionSettings(cloud, emulator.armEndpoint(), emulator.caCertificate(),
                emulator.token(), emulator.tenantId(), verbose);
        try {
            return new Connected(AzureConnection.open(settings), emulator);
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
    }

    /** Loads the SDK's classes against a placeholder endpoint; sends nothing. */
    private static Connected warmUp(Cloud cloud) {
        warm(new Connected(AzureConnection.open(new ConnectionSettings(cloud, URI.create("https://127.0.0.1:1/"), null,
                "warm-up", null, null)), null), "00000000-0000-0000-0000-000000000000");
        return null;
    }

    private static Connected connect(Cloud cloud, TargetOptions target, Map<String, String> environment,
                                     PrintStream verbose) {
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

    private synchronized Connected connected() {
        if (local != null) {
            if (localConnected == null) {
                localConnected = local.get();
            }
            return localConnected;
        }
        return Background.join(connecting);
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

    /** Stops the emulator this command started, if it got that far; one it joined keeps running. */
    @Override
    public synchronized void close() {
        if (localConnected != null) {
            localConnected.emulator().close();
        }
    }

    private record Connected(AzureConnection connection, LocalAzure emulator) {
    }
}
