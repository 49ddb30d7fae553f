package dev.infractl.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Follows one deployment until it ends, the timeout passes or the user interrupts: polls the deployment, lists its
 * operations only when they can tell something new (first poll, a change of the deployment's state, its end, or
 * {@link #OPERATIONS_EVERY} since the last listing), emits what changed, and waits adaptively (never longer than
 * Retry-After asks) in between. So most polls are one request.
 */
public final class DeploymentWatch {

    /** While the deployment's state stays the same, its operations are listed at most this often. */
    static final Duration OPERATIONS_EVERY = Duration.ofSeconds(2);

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
        PollInterval interval = new PollInterval();
        DeploymentSnapshot previous = DeploymentSnapshot.initial(deploymentName);
        Optional<Instant> operationsListed = Optional.empty();
        while (true) {
            if (interruption.requested()) {
                return interrupted(previous, options);
            }
            Instant polled = clock.instant();
            Predicate<ProvisioningState> withOperations = operationsWanted(previous.state(), operationsListed, polled);
            DeploymentSnapshot current = gateway.snapshot(deploymentName, withOperations);
            boolean listed = withOperations.test(current.state());
            if (listed) {
                operationsListed = Optional.of(polled);
            } else {
                current = current.withOperations(previous.operations());
            }
            List<ProvisionEvent> changes = ProgressDiff.between(previous, current, clock.instant());
            changes.forEach(listener::on);
            if (current.state().isTerminal()) {
                return new Outcome(current, StopReason.COMPLETED);
            }
            boolean changed = !changes.isEmpty() || current.state() != previous.state();
            previous = current;
            listener.on(new ProvisionEvent.Waiting(clock.instant(), deploymentName, current.state()));
            Duration wait = interval.next(clock.instant(), listed ? 2 : 1, changed, current.retryAfter());
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

    /**
     * Whether a poll at {@code now} lists the operations too, given the state it reads: the end shows every
     * resource's last state and a change of state usually means resources moved; otherwise only now and then.
     */
    static Predicate<ProvisioningState> operationsWanted(ProvisioningState before, Optional<Instant> lastListed,
                                                         Instant now) {
        boolean due = lastListed.map(last -> !now.isBefore(last.plus(OPERATIONS_EVERY))).orElse(true);
        return state -> due || state.isTerminal() || state != before;
    }

    private Outcome interrupted(DeploymentSnapshot last, WaitOptions options) {
        if (!options.cancelOnInterrupt()) {
            return new Outcome(last, StopReason.INTERRUPTED);
        }
        gateway.cancel(last.name());
        return new Outcome(gateway.snapshot(last.name(), state -> true), StopReason.CANCELED_ON_INTERRUPT);
    }

    /** The last snapshot and why following stopped. */
    public record Outcome(DeploymentSnapshot snapshot, StopReason reason) {
    }
}
