package dev.infractl.deploy;

/** Why the engine stopped watching a deployment. */
public enum StopReason {
    /** The deployment reached a terminal state. */
    COMPLETED,
    /** ARM refused it in validation or submission; nothing runs. */
    REJECTED,
    /** {@code --no-wait}: returned right after submission. */
    NOT_WAITING,
    /** {@code --timeout} passed; the deployment goes on. */
    TIMED_OUT,
    /** Ctrl-C; the deployment goes on. */
    INTERRUPTED,
    /** Ctrl-C with {@code --cancel-on-interrupt}; cancellation was requested. */
    CANCELED_ON_INTERRUPT
}
