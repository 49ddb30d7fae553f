package dev.infractl.app;

/** How waiting for the app ended. */
public enum StartupOutcome {
    READY, NOT_WAITED, TIMED_OUT, INTERRUPTED,
    /** A stage stalled and the wait was told to stop on a stall. */
    STALLED
}
