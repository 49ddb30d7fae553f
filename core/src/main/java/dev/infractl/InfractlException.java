package dev.infractl;

import java.util.List;

/**
 * The one exception type of infractl. It carries the exit code the process ends with and the problems
 * to show: one for most failures, several when validation found many at once. The command line maps it
 * to {@code error: what / at file:line:column / hint: how to fix} in a single place.
 */
public class InfractlException extends RuntimeException {

    private final ExitCode exitCode;
    private final List<Problem> problems;

    public InfractlException(ExitCode exitCode, List<Problem> problems) {
        super(problems.isEmpty() ? exitCode.name() : problems.get(0).message());
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    public InfractlException(ExitCode exitCode, String message, SourceLocation location, String hint) {
        this(exitCode, List.of(new Problem(message, location, hint)));
    }

    public InfractlException(ExitCode exitCode, String message, String hint) {
        this(exitCode, message, null, hint);
    }

    public InfractlException(ExitCode exitCode, String message, String hint, Throwable cause) {
        this(exitCode, message, null, hint);
        initCause(cause);
    }

    /** Bad input: nothing was sent to Azure. */
    public static InfractlException badInput(String message, SourceLocation location, String hint) {
        return new InfractlException(ExitCode.BAD_INPUT, message, location, hint);
    }

    public static InfractlException badInput(List<Problem> problems) {
        return new InfractlException(ExitCode.BAD_INPUT, problems);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public List<Problem> problems() {
        return problems;
    }
}
