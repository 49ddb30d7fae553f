package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.app.AppEvent;
import dev.infractl.app.AppStartup;
import dev.infractl.app.DeployResult;
import dev.infractl.app.DeployResult.Status;
import dev.infractl.app.StartupOutcome;
import dev.infractl.app.SystemEvents;
import dev.infractl.azure.AzureLogSource;
import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.AzureContainerApp;
import dev.infractl.azure.HttpEndpointProbe;
import dev.infractl.azure.StorageAccess;
import dev.infractl.azure.StorageAccounts;
import dev.infractl.azure.files.AzureFileShare;
import dev.infractl.config.ConfigKey;
import dev.infractl.config.InferenceConfig;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.Polling;
import dev.infractl.deploy.RunLock;
import dev.infractl.sync.ShareSync;
import dev.infractl.sync.SyncRequest;
import dev.infractl.sync.SyncSummary;
import dev.infractl.ui.DeployView;
import dev.infractl.ui.MeterView;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl deploy}: sync inference/ to the share, restart the app's revision, wait until it answers. */
@Command(name = "deploy",
        description = {"Upload what changed in inference/ to the file share the app mounts at /mount (share path",
            "inference/), restart the app's active revision and wait until its endpoint answers 200.",
            "Reads infra/inference.config.json (--local: .infractl/envs/local/), written by `provision` or by hand.",
            "Leaves models/, model-cache/ and cache/ alone and deletes only files it uploaded. Ignore files with",
            "inference/.infractlignore."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl deploy --local", "  infractl deploy --dry-run",
            "  infractl deploy --no-wait --output json", "  infractl deploy --timeout 45m",
            "  infractl deploy --all-envs   # every named environment, in parallel",
            "  infractl deploy --stall-after assigning=5m --stop-on-stall"})
final class DeployCommand implements Callable<Integer> {

    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    @Mixin
    CommonOptions common;

    @Mixin
    TargetOptions target;

    @Option(names = "--dry-run", description = "List what would be uploaded and deleted; change nothing.")
    boolean dryRun;

    @Option(names = "--no-restart", description = "Upload only; do not restart the revision.")
    boolean noRestart;

    @Option(names = "--no-wait", description = "Do not wait for the endpoint to answer 200.")
    boolean noWait;

    @Option(names = "--timeout", paramLabel = "DUR", converter = DurationConverter.class,
            description = "Stop waiting for the endpoint after this long (default 30m); exit 4, the app keeps starting.")
    Duration timeout = DEFAULT_TIMEOUT;

    @Option(names = "--smoke", description = "Once the endpoint answers, send it one request as `infractl smoke` does; exit 1 if it answers badly.")
    boolean smoke;

    @Mixin
    LockOptions locks;

    @Mixin
    EnvironmentChoice environments;

    @Mixin
    StallOptions stalls;

    @Spec
    CommandSpec spec;

    /** INFRACTL_ACCESS_TOKEN and friends; tests substitute their own. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        if (smoke && (noWait || dryRun)) {
            throw InfractlException.badInput("--smoke needs deploy to wait for the endpoint", null,
                    "drop --no-wait / --dry-run, or run `infractl smoke` later");
        }
        stalls.requireWaiting(spec, !noWait && !dryRun, "needs deploy to wait for the endpoint (not --no-wait or --dry-run)");
        return environments.run(spec, common, target, environment, (project, err) -> (one, output) -> {
            AppTarget app = input(project, one);
            return new SeveralEnvironments.Checked<>(app, app.subscription(), app.resourceGroup());
        }, (one, app, session, output, interruption) -> locked(common.project(), one, app, session, output,
                interruption), this::deployOne);
    }

    private int deployOne(ProjectLayout project, PrintWriter out, PrintWriter err) {
        AppTarget app = input(project, target);
        Interruption interruption = new Interruption();
        try (AzureSession session = AzureSession.open(common, target, environment, err)) {
            return locked(project, target, app, session, Output.whole(out, err), interruption);
        }
    }

    /** The config deploy needs and the code it uploads; bad input when either is missing. */
    private AppTarget input(ProjectLayout project, TargetOptions target) {
        AppTarget app = AppTarget.of(project, target, requiredKeys());
        if (!Files.isDirectory(project.inferenceCode())) {
            throw InfractlException.badInput("there is no inference/ folder to deploy in " + project.root(), null,
                    "put the app code in inference/ (examples/phi3-inference has one), or give the project with -C DIR");
        }
        return app;
    }

    /** Deploys holding the environment's lock; a dry run changes nothing, so it neither waits for nor blocks another. */
    private int locked(ProjectLayout project, TargetOptions target, AppTarget app, AzureSession session,
                       Output output, Interruption interruption) {
        RunLock.Held held = dryRun ? RunLock.NONE.acquire()
                : locks.lock(project, target, "deploy", interruption, output.err()).acquire();
        try {
            DeployView view = output.deploy(common);
            AzureConnection connection = session.connection();
            InferenceConfig config = app.config();
            String subscription = app.subscription();
            String group = app.resourceGroup();
            SyncSummary summary = sync(connection, subscription, group, config, project, view);
            if (dryRun) {
                view.finished(new DeployResult(Status.DRY_RUN, summary, config.appEndpoint()));
                return ExitCode.OK.code();
            }
            return restartAndWait(connection, subscription, group, config, summary, view, interruption, output);
        } finally {
            held.close();
        }
    }

    private SyncSummary sync(AzureConnection connection, String subscription, String group, InferenceConfig config,
                             ProjectLayout project, DeployView view) {
        try {
            StorageAccess access = new StorageAccounts(connection).access(subscription, group, config.storageAccount());
            AzureFileShare share = new AzureFileShare(access.fileEndpoint(), access.account(), access.key(),
                    config.fileShare(), connection.httpClient(), connection.verboseLogging());
            return new ShareSync(share, Clock.systemUTC()).run(new SyncRequest(project.inferenceCode(), "inference",
                    dryRun, SyncRequest.DEFAULT_PARALLELISM), view::sync);
        } catch (InfractlException e) {
            view.finished(new DeployResult(Status.FAILED, null, config.appEndpoint()));
            throw e;
        }
    }

    private int restartAndWait(AzureConnection connection, String subscription, String group, InferenceConfig config,
                               SyncSummary summary, DeployView view, Interruption interruption, Output output) {
        if (noRestart && noWait) {
            view.finished(new DeployResult(Status.SUCCEEDED, summary, config.appEndpoint()));
            return ExitCode.OK.code();
        }
        AzureContainerApp app = new AzureContainerApp(connection, subscription, group, config.appName());
        AppStartup startup = new AppStartup(app, new HttpEndpointProbe(connection.httpClient()), Polling.real(interruption),
                stalls.watch(), SystemEvents.of(new AzureLogSource(connection, subscription, group, config.appName())));
        Waited waited;
        try {
            waited = InterruptSignal.during(interruption, () -> {
                if (!noRestart && summary.uploaded() == 0 && summary.deleted() == 0) {
                    view.app(new AppEvent.RestartingUnchanged());
                }
                String revision = noRestart ? app.activeRevision() : startup.restart(view::app);
                if (noWait) {
                    return null;
                }
                var endpoint = startup.endpoint(config.appEndpoint());
                return new Waited(startup.waitUntilReady(endpoint, revision, timeout, view::app), endpoint);
            });
        } catch (InfractlException e) {
            view.finished(new DeployResult(Status.FAILED, summary, config.appEndpoint()));
            throw e;
        }
        if (waited == null) {
            view.finished(new DeployResult(Status.SUCCEEDED, summary, config.appEndpoint()));
            return ExitCode.OK.code();
        }
        if (waited.outcome() == StartupOutcome.STALLED) {
            StallOptions.stopMeter(MeterCommands.meter(connection, subscription, group, config.appName(), common.project()),
                    new MeterView(output.out(), output.err(), common.json()));
        }
        if (smoke && waited.outcome() == StartupOutcome.READY) {
            int smoked = SmokeCommand.run(connection, waited.endpoint(), common, output.out(), output.err());
            if (smoked != ExitCode.OK.code()) {
                view.finished(new DeployResult(Status.FAILED, summary, waited.endpoint()));
                return smoked;
            }
        }
        // Outside the try: finish() prints the last line itself before it throws for a timeout or an interrupt.
        return EndpointWait.finish(waited.outcome(), startup.stall(), summary, waited.endpoint(), timeout, view);
    }

    private record Waited(StartupOutcome outcome, URI endpoint) {
    }

    private Set<ConfigKey> requiredKeys() {
        Set<ConfigKey> keys = EnumSet.of(ConfigKey.SUBSCRIPTION_ID, ConfigKey.RESOURCE_GROUP_NAME,
                ConfigKey.STORAGE_ACCOUNT_NAME, ConfigKey.FILE_SHARE_NAME);
        if (!dryRun && !(noRestart && noWait)) {
            keys.add(ConfigKey.ACA_APP_NAME);
        }
        if (!dryRun && !noWait) {
            keys.add(ConfigKey.ACA_APP_ENDPOINT);
        }
        return keys;
    }
}
