package dev.infractl.exec;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.PumpStreamHandler;

/** {@link ProcessRunner} on Apache Commons Exec: both streams captured, the process tree killed on timeout. */
public final class CommonsExecProcessRunner implements ProcessRunner {

    /** How long to keep reading output after the program ended, in case something else still holds it open. */
    private static final Duration STREAM_GRACE = Duration.ofSeconds(2);

    @Override
    public ProcessResult run(List<String> command, Path workingDirectory, Duration timeout) {
        CommandLine commandLine = new CommandLine(command.get(0));
        // No quoting: each argument reaches the program exactly as given, spaces in paths included.
        command.subList(1, command.size()).forEach(argument -> commandLine.addArgument(argument, false));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PumpStreamHandler streams = new PumpStreamHandler(stdout, stderr);
        streams.setStopTimeout(STREAM_GRACE);
        DefaultExecutor executor = DefaultExecutor.builder()
                .setWorkingDirectory(workingDirectory)
                .setExecuteStreamHandler(streams)
                .get();
        executor.setExitValues(null);
        try (ProcessTreeTimeout deadline = new ProcessTreeTimeout(timeout)) {
            executor.setProcessDestroyer(deadline);
            try {
                int exitCode = executor.execute(commandLine);
                return new ProcessResult(exitCode, text(stdout), text(stderr), deadline.expired());
            } catch (IOException e) {
                if (deadline.expired()) {
                    return new ProcessResult(-1, text(stdout), text(stderr), true);
                }
                throw new InfractlException(ExitCode.BAD_INPUT, "cannot run " + command.get(0) + ": " + e.getMessage(),
                        "check that the program exists and is executable", e);
            }
        }
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
