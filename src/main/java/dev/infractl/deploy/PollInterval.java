package dev.infractl.deploy;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait before the next poll: short while things change, longer while nothing does, never
 * longer than the cap, so completion is noticed within about a second on average.
 */
public final class PollInterval {

    public static final Duration START = Duration.ofMillis(250);
    public static final Duration CAP = Duration.ofSeconds(2);
    /**
     * Unchanged polls that still wait only {@link #START}: resources (and the deployment after its last one) often
     * finish within a second of the previous change, which a back-off from the first quiet poll would notice late.
     */
    static final int QUICK_POLLS = 3;

    private Duration current = START;
    private int unchanged;

    /** The next wait: back to the start after a change, a second's worth of quick polls, then half as long again, capped. */
    public Duration next(boolean somethingChanged) {
        if (somethingChanged) {
            current = START;
            unchanged = 0;
        } else if (++unchanged > QUICK_POLLS) {
            Duration longer = current.plus(current.dividedBy(2));
            current = longer.compareTo(CAP) > 0 ? CAP : longer;
        }
        return current;
    }

    /** Honours ARM's Retry-After when it asks for more than we would wait anyway. */
    public static Duration honouring(Duration wait, Optional<Duration> retryAfter) {
        return retryAfter.filter(asked -> asked.compareTo(wait) > 0).orElse(wait);
    }
}
