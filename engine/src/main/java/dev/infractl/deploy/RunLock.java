package dev.infractl.deploy;

/**
 * Mutual exclusion between runs on one project environment (two terminals, two CI jobs): provision holds it
 * from its last look at the project's deployments until ARM has accepted the new one, deploy for its whole run.
 */
@FunctionalInterface
public interface RunLock {

    /** Nothing to exclude: the caller already holds the lock, or runs alone (tests). */
    RunLock NONE = () -> () -> { };

    /** Waits until this run holds the lock (or refuses, by the implementation's rules); close releases it. */
    Held acquire();

    /** A held lock; closing it twice is harmless. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
