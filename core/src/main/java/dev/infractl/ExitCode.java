package dev.infractl;

import java.util.Collection;
import java.util.Comparator;

/** The process exit codes of the command-line contract (DESIGN.md). Scripts branch on these numbers. */
public enum ExitCode {
    OK(0),
    /** Azure refused a request or the deployment failed. */
    AZURE_FAILED(1),
    /** The input is wrong; nothing was sent to Azure. */
    BAD_INPUT(2),
    AUTHENTICATION(3),
    /** We stopped waiting; the work is still running in Azure. */
    TIMED_OUT(4),
    /** Interrupted by the user; the work was left running. */
    INTERRUPTED(5),
    /** {@code plan --detailed-exitcode}: the plan shows changes. */
    CHANGES_PRESENT(10);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /**
     * The exit code of a run over several environments: the one that needs the most attention. Anything that
     * failed (3 authentication, then 2 bad input, then 1 Azure refused) beats anything left running (5
     * interrupted, then 4 timed out), which beats 10 (changes planned), which beats 0.
     */
    public static ExitCode worst(Collection<ExitCode> codes) {
        return codes.stream().max(Comparator.comparingInt(ExitCode::severity)).orElse(OK);
    }

    private int severity() {
        return switch (this) {
            case OK -> 0;
            case CHANGES_PRESENT -> 1;
            case TIMED_OUT -> 2;
            case INTERRUPTED -> 3;
            case AZURE_FAILED -> 4;
            case BAD_INPUT -> 5;
            case AUTHENTICATION -> 6;
        };
    }

    /** The constant for a process exit code; an unknown number counts as Azure having refused. */
    public static ExitCode of(int code) {
        for (ExitCode known : values()) {
            if (known.code == code) {
                return known;
            }
        }
        return AZURE_FAILED;
    }
}
