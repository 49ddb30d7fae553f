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
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.PumpStreamHandler;

/** {@link ProcessRunner} on Apache Commons Exec: a watchdog for the timeout, both streams captured. */
public final class CommonsExecProcessRunner implements ProcessRunner {

    @Override
    public ProcessResult run(List<String> command, Path workingDirectory, Duration timeout) {
        CommandLine commandLine = new CommandLine(command.get(0));
        // No quoting: each argument reaches the program exactly as given, spaces in paths included.
        command.subList(1, command.size()).forEach(argument -> commandLine.addArgument(argument, false));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ExecuteWatchdog watchdog = ExecuteWatchdog.builder().setTimeout(timeout).get();
        DefaultExecutor executor = DefaultExecutor.builder()
                .setWorkingDirectory(workingDirectory)
                .setExecuteStreamHandler(new PumpStreamHandler(stdout, stderr))
                .get();
        executor.setWatchdog(watchdog);
        executor.setExitValues(null);
        try {
            int exitCode = executor.execute(commandLine);
            return new ProcessResult(exitCode, text(stdout), text(stderr), watchdog.killedProcess());
        } catch (IOException e) {
            throw new InfractlException(ExitCode.BAD_INPUT, "cannot run " + command.get(0) + ": " + e.getMessage(),
                    "check that the program exists and is executable", e);
        }
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
