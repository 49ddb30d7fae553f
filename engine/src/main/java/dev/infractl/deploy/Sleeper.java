package dev.infractl.deploy;

import java.time.Duration;

/** Waiting between polls; tests substitute one that only advances their clock. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
