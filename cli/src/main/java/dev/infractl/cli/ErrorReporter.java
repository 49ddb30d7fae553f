package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import dev.infractl.config.ProjectLayout;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Draws problems as {@code error: / at / hint:} blocks (warnings alike), the only place they are printed. */
final class ErrorReporter {

    private ErrorReporter() {
    }

    static void report(InfractlException error, PrintWriter err) {
        for (Problem problem : error.problems()) {
            print("error", problem, err);
        }
        if (error.problems().size() > 1) {
            // Only bad input is caught before the first request; a failed sync has sent many.
            err.println(error.problems().size() + " problems found" + (error.exitCode() == ExitCode.BAD_INPUT
                    ? "; nothing was sent to Azure." : "."));
        }
        err.flush();
    }

    /**
     * Anything that is not an InfractlException is a bug: one line saying so instead of a Java stack trace, which
     * {@code --verbose} still shows for the report. Exit 1, as picocli's own handler does.
     */
    static int unexpected(Exception error, boolean verbose, PrintWriter err) {
        String message = error.getMessage() == null ? "" : ": " + error.getMessage().lines().findFirst().orElse("");
        err.println("error: infractl stopped on an unexpected " + error.getClass().getSimpleName() + message);
        err.println("hint: this is a bug in infractl, not a mistake of yours; "
                + (verbose ? "please report it with the trace below" : "run again with --verbose for the trace, and report it"));
        if (verbose) {
            error.printStackTrace(err);
        }
        err.flush();
        return ExitCode.AZURE_FAILED.code();
    }

    /** A warning such as the fallback to the committed JSON, its file shown relative to the project. */
    static void warn(Problem warning, ProjectLayout project, PrintWriter err) {
        SourceLocation location = warning.location();
        if (location != null && location.file() != null) {
            Path file = project.relative(location.file());
            location = new SourceLocation(file, location.line(), location.column(), location.jsonPath());
        }
        print("warning", new Problem(warning.message(), location, warning.hint()), err);
    }

    private static void print(String kind, Problem problem, PrintWriter err) {
        err.println(kind + ": " + problem.message());
        if (problem.location() != null && !problem.location().describe().isEmpty()) {
            err.println("  at " + problem.location().describe());
        }
        if (problem.hint() != null) {
            err.println("hint: " + problem.hint());
        }
    }
}
