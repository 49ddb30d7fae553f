package dev.infractl.cli;

import dev.infractl.deploy.Interruption;
import java.util.function.Supplier;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C while following a deployment: the first one asks the engine to stop (it leaves the deployment
 * running, or cancels it with --cancel-on-interrupt, and says how to re-attach); a second one ends the
 * process at once. A signal handler rather than a shutdown hook, so the command still returns exit 5.
 */
final class InterruptSignal {

    private static final Signal INT = new Signal("INT");

    private InterruptSignal() {
    }

    /** Runs {@code body} with Ctrl-C requesting {@code interruption}; the previous handler is back afterwards. */
    static <T> T during(Interruption interruption, Supplier<T> body) {
        SignalHandler previous = Signal.handle(INT, signal -> {
            if (interruption.requested()) {
                Runtime.getRuntime().halt(130);
            }
            interruption.request();
        });
        try {
            return body.get();
        } finally {
            Signal.handle(INT, previous);
        }
    }
}
