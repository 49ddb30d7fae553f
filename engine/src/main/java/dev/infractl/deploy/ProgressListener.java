package dev.infractl.deploy;

/** Receives the engine's events as they happen. */
@FunctionalInterface
public interface ProgressListener {

    void on(ProvisionEvent event);
}
