package dev.infractl.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Follows one deployment until it ends, the timeout passes or the user interrupts: polls the deployment
 * and its operations, emits what changed, waits adaptively (never longer than Retry-After asks) in between.
 */
public final class DeploymentWatch {

    /** A poll reads the deployment and lists its operations. */
    static final int REQUESTS_PER_POLL = 2;

    private final DeploymentGateway gateway;
    private final ProgressListener listener;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Interruption interruption;

    public DeploymentWatch(DeploymentGateway gateway, ProgressListener listener, Polling polling) {
        this.gateway = gateway;
        this.listener = listener;
        this.clock = polling.clock();
        this.sleeper = polling.sleeper();
        this.interruption = polling.interruption();
    }

    /** Follows the deployment; the returned snapshot is the last one seen, with why we stopped. */
    public Outcome follow(String deploymentName, WaitOptions options) {
        Optional<Instant> deadline = options.timeout().map(clock.instant()::plus);
        PollInterval interval = new PollInterval(REQUESTS_PER_POLL);
        DeploymentSnapshot previous = DeploymentSnapshot.initial(deploymentName);
        while (true) {
            if (interruption.requested()) {
                return interrupted(previous, options);
            }
            DeploymentSnapshot current = gateway.snapshot(deploymentName);
            List<ProvisionEvent> changes = ProgressDiff.between(previous, current, clock.instant());
            changes.forEach(listener::on);
            if (current.state().isTerminal()) {
                return new Outcome(current, StopReason.COMPLETED);
            }
            boolean changed = !changes.isEmpty() || current.state() != previous.state();
            previous = current;
            listener.on(new ProvisionEvent.Waiting(clock.instant(), deploymentName, current.state()));
            Duration wait = interval.next(clock.instant(), changed, current.retryAfter());
            if (deadline.isPresent()) {
                Duration left = Duration.between(clock.instant(), deadline.get());
                if (left.isNegative() || left.isZero()) {
                    return new Outcome(current, StopReason.TIMED_OUT);
                }
                wait = wait.compareTo(left) > 0 ? left : wait;
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                interruption.request();
            }
        }
    }

    private Outcome interrupted(DeploymentSnapshot last, WaitOptions options) {
        if (!options.cancelOnInterrupt()) {
            return new Outcome(last, StopReason.INTERRUPTED);
        }
        gateway.cancel(last.name());
        return new Outcome(gateway.snapshot(last.name()), StopReason.CANCELED_ON_INTERRUPT);
    }

    /** The last snapshot and why following stopped. */
    public record Outcome(DeploymentSnapshot snapshot, StopReason reason) {
    }
}
