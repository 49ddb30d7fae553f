package dev.infractl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import dev.infractl.config.JsonFiles;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
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
        Path stateDir = state != null ? state : common.project().localState();
        EmulatorSettings settings = new EmulatorSettings(port, stateDir, faults, speed, Duration.ofSeconds(appStartupSeconds));
        Emulator emulator = start(settings);
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

    private static Emulator start(EmulatorSettings settings) {
        try {
            return Emulator.start(settings);
        } catch (IllegalArgumentException e) {
            throw InfractlException.badInput(e.getMessage(), settings.faultsFile() == null ? null
                    : SourceLocation.of(settings.faultsFile()), "see docs/emulator.md for the file's format");
        } catch (IllegalStateException e) {
            throw InfractlException.badInput(e.getMessage(), SourceLocation.of(settings.stateDir()),
                    "delete the state folder to start afresh, or pass another --state");
        } catch (UncheckedIOException e) {
            throw new InfractlException(ExitCode.BAD_INPUT, e.getMessage(),
                    "choose another --port, or 0 for any free port");
        }
    }
}
