package dev.infractl.exec;

/**
 * What a finished (or killed) program left behind.
 *
 * @param exitCode the program's exit code; meaningless when {@code timedOut}
 * @param stdout everything it wrote to standard output, decoded as UTF-8
 * @param stderr everything it wrote to standard error, decoded as UTF-8
 * @param timedOut true when it was killed because it ran past the timeout
 */
public record ProcessResult(int exitCode, String stdout, String stderr, boolean timedOut) {

    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }
}
