package dev.infractl.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long to wait before the next poll: short while things change, longer while nothing does, never longer
 * than the cap nor than ARM's Retry-After, so completion is noticed within about a second. Polling faster than
 * Retry-After asks is allowed by ARM within its read limits; a request budget keeps the long-run average at or
 * under {@link #REQUESTS_PER_SECOND} whatever ARM and the deployment do.
 */
public final class PollInterval {

    public static final Duration START = Duration.ofMillis(250);
    /**
     * ARM answers a deployment's GET without Retry-After (only the PUT and the async-operation URL carry it, 1 s in
     * the fastest regions), so the back-off stops at that second: completion is noticed within it.
     */
    public static final Duration CAP = Duration.ofSeconds(1);
    /**
     * Unchanged polls that still wait only {@link #START}: resources (and the deployment after its last one) often
     * finish within a second of the previous change, which a back-off from the first quiet poll would notice late.
     */
    static final int QUICK_POLLS = 3;
    /** The long-run average, below one request per second (ARM's reads are limited per principal and hour). */
    static final double REQUESTS_PER_SECOND = 0.9;
    /** Requests allowed above the average, so that a short deployment is followed at full speed. */
    static final int BURST_REQUESTS = 60;

    private final int requestsPerPoll;
    private Duration current = START;
    private int unchanged;
    private Instant firstPoll;
    private long requests;

    /** @param requestsPerPoll the HTTP requests one poll makes (the deployment and its operations: 2) */
    public PollInterval(int requestsPerPoll) {
        this.requestsPerPoll = requestsPerPoll;
    }

    /**
     * The wait after a poll made at {@code now}: back to the start after a change, a second's worth of quick polls,
     * then half as long again, capped at {@link #CAP} and at ARM's Retry-After, and stretched only when the request
     * budget is spent.
     */
    public Duration next(Instant now, boolean somethingChanged, Optional<Duration> retryAfter) {
        if (firstPoll == null) {
            firstPoll = now;
        }
        requests += requestsPerPoll;
        if (somethingChanged) {
            current = START;
            unchanged = 0;
        } else if (++unchanged > QUICK_POLLS) {
            Duration longer = current.plus(current.dividedBy(2));
            current = longer.compareTo(CAP) > 0 ? CAP : longer;
        }
        Duration wait = retryAfter.filter(asked -> asked.compareTo(current) < 0).orElse(current);
        Duration budget = Duration.between(now, earliestWithinBudget());
        return budget.compareTo(wait) > 0 ? budget : wait;
    }

    /** When the next poll's requests fit into the average plus the burst, counted from the first poll. */
    private Instant earliestWithinBudget() {
        double seconds = (requests + requestsPerPoll - BURST_REQUESTS) / REQUESTS_PER_SECOND;
        return firstPoll.plusNanos((long) (Math.max(0, seconds) * 1e9));
    }
}
