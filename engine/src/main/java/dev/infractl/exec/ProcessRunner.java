package dev.infractl.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs an external program to completion and hands back what it printed. The engine sees only this
 * interface; {@link CommonsExecProcessRunner} is the one place that knows how processes are started,
 * and tests substitute scripted runners.
 */
public interface ProcessRunner {

    /**
     * Runs {@code command} (program first, then its arguments, passed as is without a shell) in
     * {@code workingDirectory}, killing it after {@code timeout}.
     *
     * @throws dev.infractl.InfractlException when the program cannot be started at all
     */
    ProcessResult run(List<String> command, Path workingDirectory, Duration timeout);
}
