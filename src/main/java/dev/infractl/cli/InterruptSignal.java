package dev.infractl.cli;

import dev.infractl.deploy.Interruption;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C while following a deployment: the first one asks the engine to stop (it leaves the deployment
 * running, or cancels it with --cancel-on-interrupt, and says how to re-attach); a second one ends the
 * process at once. A signal handler rather than a shutdown hook, so the command still returns exit 5.
 */
final class InterruptSignal implements AutoCloseable {

    private static final Signal INT = new Signal("INT");
    private final SignalHandler previous;

    private InterruptSignal(SignalHandler previous) {
        this.previous = previous;
    }

    static InterruptSignal install(Interruption interruption) {
        SignalHandler previous = Signal.handle(INT, signal -> {
            if (interruption.requested()) {
                Runtime.getRuntime().halt(130);
            }
            interruption.request();
        });
        return new InterruptSignal(previous);
    }

    @Override
    public void close() {
        Signal.handle(INT, previous);
    }
}
