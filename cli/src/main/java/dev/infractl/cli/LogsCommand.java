package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.app.LogRequest;
import dev.infractl.app.LogTail;
import dev.infractl.azure.AzureLogSource;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.Polling;
import dev.infractl.ui.LogView;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl logs}: the app's console (or system events) through the Container Apps log stream. */
@Command(name = "logs",
        description = {"Show the app's console log through the Container Apps log stream, every replica merged, each line",
            "prefixed with its replica; --system shows the environment's events for the app (assigning, pulling,",
            "starting). --follow keeps streaming until Ctrl-C and reconnects a dropped stream."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl logs --follow", "  infractl logs --system --tail 50", "  infractl logs --replica NAME --output json"})
final class LogsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TargetOptions target;

    @Option(names = {"-f", "--follow"}, description = "Keep streaming new lines until Ctrl-C.")
    boolean follow;

    @Option(names = "--system", description = "The system events for the app instead of its console.")
    boolean system;

    @Option(names = "--tail", paramLabel = "N", description = "Past lines per stream to start with (default: ${DEFAULT-VALUE}, at most 300).")
    int tail = 20;

    @Option(names = "--revision", paramLabel = "R", description = "A revision other than the latest.")
    String revision;

    @Option(names = "--replica", paramLabel = "X", description = "Only this replica.")
    String replica;

    @Spec
    CommandSpec spec;

    /** Ctrl-C's flag; a test sets it to end --follow. */
    Interruption interruption = new Interruption();

    @Override
    public Integer call() {
        if (tail < 0 || tail > 300) {
            throw InfractlException.badInput("--tail " + tail + " is out of range", null,
                    "give 0 to 300 (the log stream keeps no more)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AppTarget app = AppTarget.of(common.project(), target, AppTarget.APP_KEYS);
        try (AzureSession session = AzureSession.open(common, target, System.getenv(), err)) {
            LogTail logs = new LogTail(new AzureLogSource(session.connection(), app.subscription(), app.resourceGroup(),
                    app.appName()), Polling.real(interruption));
            LogView view = new LogView(out, err, common.json());
            InterruptSignal.during(interruption, () -> {
                logs.run(new LogRequest(follow, system, tail, revision, replica), view::show);
                return null;
            });
            return 0;
        }
    }
}
