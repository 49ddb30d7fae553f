package dev.infractl.ui;

import dev.infractl.ExitCode;
import java.util.Optional;

/**
 * How one environment of a several-environment run ended: its exit code and, when it stopped on one, the error;
 * or that it was not run (another environment's input was wrong, and all are checked before any runs).
 */
public record EnvironmentOutcome(String env, ExitCode exitCode, Optional<String> error, boolean ran) {

    public static EnvironmentOutcome ran(String env, ExitCode exitCode, Optional<String> error) {
        return new EnvironmentOutcome(env, exitCode, error, true);
    }

    /** Checked and found fine, but not run because another environment's input was wrong. */
    public static EnvironmentOutcome notRun(String env) {
        return new EnvironmentOutcome(env, ExitCode.OK, Optional.empty(), false);
    }

    /** A word for the summary, by exit code. */
    public String word() {
        if (!ran) {
            return "checked, not run";
        }
        return switch (exitCode) {
            case OK -> "ok";
            case CHANGES_PRESENT -> "changes";
            case TIMED_OUT -> "timed out (still running)";
            case INTERRUPTED -> "interrupted (left running)";
            case AZURE_FAILED -> "failed";
            case BAD_INPUT -> "bad input (nothing sent)";
            case AUTHENTICATION -> "not signed in";
        };
    }
}
