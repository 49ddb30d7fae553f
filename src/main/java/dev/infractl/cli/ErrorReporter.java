package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.Problem;
import java.io.PrintWriter;

/** Draws an {@link InfractlException} as {@code error: / at / hint:} blocks, the only place errors are printed. */
final class ErrorReporter {

    private ErrorReporter() {
    }

    static void report(InfractlException error, PrintWriter err) {
        for (Problem problem : error.problems()) {
            err.println("error: " + problem.message());
            if (problem.location() != null && !problem.location().describe().isEmpty()) {
                err.println("  at " + problem.location().describe());
            }
            if (problem.hint() != null) {
                err.println("hint: " + problem.hint());
            }
        }
        if (error.problems().size() > 1) {
            err.println(error.problems().size() + " problems found; nothing was sent to Azure.");
        }
        err.flush();
    }
}
