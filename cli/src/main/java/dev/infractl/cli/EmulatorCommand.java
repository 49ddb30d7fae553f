package dev.infractl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.config.JsonFiles;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "emulator",
        description = {"Run the local Azure emulator (Resource Manager, token endpoint, Azure Files, app endpoints)"
                + " on 127.0.0.1 over HTTPS until interrupted.",
            "Prints one JSON line first: {\"arm_endpoint\", \"ca_cert\", \"token\", \"subscription_id\", \"tenant_id\","
                + " \"files_endpoint\"}."},
        footer = {"", "Example:", "  infractl emulator --port 8443 --state /tmp/emu   then point az or curl at arm_endpoint"})
final class EmulatorCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Resource Manager port (default: any free port).")
    int port;

    @Option(names = "--state", paramLabel = "DIR", description = "State folder (default: <project>/.infractl/local).")
    Path state;

    @Option(names = "--emulator-faults", paramLabel = "FILE", description = "Faults to inject (JSON; see docs/emulator.md).")
    Path faults;

    @Option(names = "--speed", paramLabel = "X", description = "Simulated time factor: 1 deploys the template in 2-3 s (default: ${DEFAULT-VALUE}).")
    double speed = 1.0;

    @Option(names = "--app-startup", paramLabel = "SECONDS", description = "How long an app answers 503 after a restart (default: ${DEFAULT-VALUE}).")
    long appStartupSeconds = 3;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() {
        checkOptions();
        Path stateDir = state != null ? state : common.project().localState();
        PrintWriter err = spec.commandLine().getErr();
        EmulatorSettings settings = new EmulatorSettings(port, stateDir, faults, speed, Duration.ofSeconds(appStartupSeconds))
                .letOthersJoin().withRequestLog(common.verbose() ? line -> {
                    synchronized (err) {
                        err.println(line);
                        err.flush();
                    }
                } : null);
        Emulator emulator = Emulator.start(settings);
        Thread hook = new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "infractl-emulator-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ObjectNode line = JsonFiles.MAPPER.createObjectNode()
                .put("arm_endpoint", emulator.armEndpoint().toString())
                .put("ca_cert", emulator.caCertificate().toString())
                .put("token", emulator.token())
                .put("subscription_id", emulator.subscriptionId())
                .put("tenant_id", emulator.tenantId())
                .put("files_endpoint", emulator.filesEndpoint().toString());
        spec.commandLine().getOut().println(line.toString());
        spec.commandLine().getOut().flush();
        try {
            stopped.await();
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt(); // being stopped is how an emulator ends: not a failure
        } finally {
            emulator.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it closes the emulator itself
            }
        }
        return ExitCode.OK.code();
    }

    /** Every bad option at once, before the state folder is touched. */
    private void checkOptions() {
        List<Problem> problems = new ArrayList<>();
        if (port < 0 || port > 65535) {
            problems.add(Problem.of("--port " + port + " is not a port", null,
                    "give a port from 1 to 65535, or 0 for any free port"));
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            problems.add(Problem.of("--speed " + speed + " must be a positive number", null,
                    "1 deploys the template in 2-3 s; 10 ten times faster; 0.5 half as fast"));
        }
        if (appStartupSeconds < 0) {
            problems.add(Problem.of("--app-startup " + appStartupSeconds + " must be 0 or more seconds", null,
                    "give the seconds an app answers 503 after a restart, e.g. --app-startup 3"));
        }
        if (!problems.isEmpty()) {
            throw InfractlException.badInput(problems);
        }
    }
}
