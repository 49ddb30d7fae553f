package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.app.AppStartup;
import dev.infractl.app.ContainerApp;
import dev.infractl.app.Replica;
import dev.infractl.app.StartupOutcome;
import dev.infractl.app.SystemEvents;
import dev.infractl.azure.AzureLogSource;
import dev.infractl.azure.AzureContainerApp;
import dev.infractl.azure.HttpEndpointProbe;
import dev.infractl.config.ConfigKey;
import dev.infractl.config.InferenceConfig;
import dev.infractl.config.JsonFiles;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.Polling;
import dev.infractl.ui.DeployView;
import dev.infractl.ui.MeterView;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl endpoint}: print ACA_APP_ENDPOINT; with --wait, wait until it answers 200. */
@Command(name = "endpoint",
        description = {"Print the app's endpoint as an https URL (ACA_APP_ENDPOINT in infra/inference.config.json;",
            "with --local, in .infractl/envs/local/inference.config.json).",
            "With --wait, wait until it answers 200, showing the replicas while the app starts."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl endpoint", "  curl \"$(infractl endpoint)\"", "  infractl endpoint --wait --timeout 20m --local",
            "  infractl endpoint --wait --stall-after assigning=5m,pulling=20m --stop-on-stall"})
final class EndpointCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TargetOptions target;

    @Option(names = "--wait", description = "Wait until the endpoint answers 200.")
    boolean waitForIt;

    @Option(names = "--timeout", paramLabel = "DUR", converter = DurationConverter.class,
            description = "With --wait, stop after this long (default 30m); exit 4.")
    Duration timeout = DeployCommand.DEFAULT_TIMEOUT;

    @Mixin
    StallOptions stalls;

    @Spec
    CommandSpec spec;

    /** INFRACTL_ACCESS_TOKEN and friends; tests substitute their own. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        stalls.requireWaiting(spec, waitForIt, "needs --wait: only a wait watches the replicas start");
        InferenceConfig config = InferenceConfig.read(common.project(), target.config(common.project()),
                EnumSet.of(ConfigKey.ACA_APP_ENDPOINT));
        if (!waitForIt) {
            out.println(common.json() ? JsonFiles.MAPPER.createObjectNode().put("endpoint", config.appEndpoint().toString())
                    .toString() : config.appEndpoint().toString());
            out.flush();
            return 0;
        }
        if (stalls.stopOnStall && (config.subscriptionId() == null || config.resourceGroup() == null
                || config.appName() == null)) {
            throw InfractlException.badInput("--stop-on-stall needs the app: SUBSCRIPTION_ID, RESOURCE_GROUP_NAME and"
                    + " ACA_APP_NAME in " + target.config(common.project()).file(), null,
                    "fill them in (`infractl provision` writes them), or wait without --stop-on-stall");
        }
        DeployView view = Renderers.deploy(common, out, err);
        try (AzureSession session = AzureSession.open(common, target, environment, err)) {
            Interruption interruption = new Interruption();
            Optional<ContainerApp> app = knownApp(config, session);
            SystemEvents systemEvents = app.isEmpty() ? SystemEvents.NONE : SystemEvents.of(new AzureLogSource(
                    session.connection(), config.subscriptionId(), config.resourceGroup(), config.appName()));
            AppStartup startup = new AppStartup(app.orElseGet(() -> new ConfiguredOnly()),
                    new HttpEndpointProbe(session.connection().httpClient()), Polling.real(interruption), stalls.watch(),
                    systemEvents);
            URI endpoint = startup.endpoint(config.appEndpoint());
            StartupOutcome outcome = InterruptSignal.during(interruption, () -> startup.waitUntilReady(endpoint,
                    app.map(ContainerApp::activeRevision).orElse(null), timeout, view::app));
            if (outcome == StartupOutcome.STALLED) {
                StallOptions.stopMeter(MeterCommands.meter(session.connection(), config.subscriptionId(),
                        config.resourceGroup(), config.appName(), common.project()), new MeterView(out, err, common.json()));
            }
            return EndpointWait.finish(outcome, startup.stall(), null, endpoint, timeout, view);
        }
    }

    /** The app through Resource Manager when the config names it; a hand-filled endpoint alone also works. */
    private static Optional<ContainerApp> knownApp(InferenceConfig config, AzureSession session) {
        if (config.subscriptionId() == null || config.resourceGroup() == null || config.appName() == null) {
            return Optional.empty();
        }
        return Optional.of(new AzureContainerApp(session.connection(), config.subscriptionId(), config.resourceGroup(),
                config.appName()));
    }

    /** Stands in for the app when only ACA_APP_ENDPOINT is known: no replicas to show, the configured host. */
    private static final class ConfiguredOnly implements ContainerApp {
        @Override
        public String activeRevision() {
            return null;
        }

        @Override
        public Optional<String> fqdn() {
            return Optional.empty();
        }

        @Override
        public void restart(String revision) {
            throw new UnsupportedOperationException("endpoint never restarts the app");
        }

        @Override
        public List<Replica> replicas(String revision) {
            return List.of();
        }
    }
}
