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
     * the fastest regions), so the back-off stops below that second: with most polls one request, completion is
     * noticed within half a second while the burst lasts, sooner than a client that waits as long as ARM asks.
     */
    public static final Duration CAP = Duration.ofMillis(500);
    /**
     * Unchanged polls that still wait only {@link #START}: resources (and the deployment after its last one) often
     * finish within a second of the previous change, which a back-off from the first quiet poll would notice late.
     */
    static final int QUICK_POLLS = 3;
    /** The long-run average, below one request per second (ARM's reads are limited per principal and hour). */
    static final double REQUESTS_PER_SECOND = 0.9;
    /** Requests allowed above the average, so that a short deployment is followed at full speed. */
    static final int BURST_REQUESTS = 60;

    /** The most requests one poll makes: the deployment and its operations. */
    static final int MAX_REQUESTS_PER_POLL = 2;

    private Duration current = START;
    private int unchanged;
    private Instant firstPoll;
    private long requests;

    /**
     * The wait after a poll made at {@code now}: back to the start after a change, a second's worth of quick polls,
     * then half as long again, capped at {@link #CAP} and at ARM's Retry-After, and stretched only when the request
     * budget is spent.
     *
     * @param requestsMade the HTTP requests the poll just made
     */
    public Duration next(Instant now, int requestsMade, boolean somethingChanged, Optional<Duration> retryAfter) {
        if (firstPoll == null) {
            firstPoll = now;
        }
        requests += requestsMade;
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

    /** When the next poll's requests (as many as a poll can make) fit into the average plus the burst. */
    private Instant earliestWithinBudget() {
        double seconds = (requests + MAX_REQUESTS_PER_POLL - BURST_REQUESTS) / REQUESTS_PER_SECOND;
        return firstPoll.plusNanos((long) (Math.max(0, seconds) * 1e9));
    }
}
