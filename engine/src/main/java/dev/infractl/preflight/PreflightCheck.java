package dev.infractl.preflight;

/** One question asked of Azure before anything is created; the checks of a preflight run in parallel. */
public interface PreflightCheck {

    String name();

    /** Asks and judges; a failure to ask is reported by the caller as a failed check. */
    CheckResult run();
}
