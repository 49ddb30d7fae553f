package dev.infractl;

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
}
