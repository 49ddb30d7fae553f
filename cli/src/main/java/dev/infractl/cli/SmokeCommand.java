package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.app.AppStartup;
import dev.infractl.app.Smoke;
import dev.infractl.app.SmokeResult;
import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.AzureContainerApp;
import dev.infractl.azure.HttpEndpointCalls;
import dev.infractl.azure.HttpEndpointProbe;
import dev.infractl.config.ConfigKey;
import dev.infractl.config.InferenceConfig;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.Polling;
import dev.infractl.ui.SmokeView;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code infractl smoke}: one request that says whether the endpoint answers well. */
@Command(name = "smoke",
        description = {"Send one request to the endpoint: a one-line prompt to /v1/chat/completions when the app serves",
            "an OpenAI-style API (printing the answer and the latency), else GET /. Exit 1 when it does not answer well."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl smoke", "  infractl smoke --output json", "  infractl deploy --smoke"})
final class SmokeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TargetOptions target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InferenceConfig config = InferenceConfig.read(common.project(), target.config(common.project()),
                EnumSet.of(ConfigKey.ACA_APP_ENDPOINT));
        try (AzureSession session = AzureSession.open(common, target, System.getenv(), err)) {
            URI endpoint = config.appEndpoint();
            if (config.subscriptionId() != null && config.resourceGroup() != null && config.appName() != null) {
                // the fresh host name, as deploy uses: the emulator's port may have moved since provision
                endpoint = new AppStartup(new AzureContainerApp(session.connection(), config.subscriptionId(),
                        config.resourceGroup(), config.appName()), new HttpEndpointProbe(session.connection().httpClient()),
                        Polling.real(new Interruption())).endpoint(endpoint);
            }
            return run(session.connection(), endpoint, common, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    /** Runs the smoke test and prints it; shared with {@code deploy --smoke}. */
    static int run(AzureConnection connection, URI endpoint, CommonOptions common, PrintWriter out, PrintWriter err) {
        SmokeResult result = new Smoke(new HttpEndpointCalls(connection.httpClient()), Clock.systemUTC()).run(endpoint);
        SmokeView.show(result, out, err, common.json());
        return result.ok() ? ExitCode.OK.code() : ExitCode.AZURE_FAILED.code();
    }
}
