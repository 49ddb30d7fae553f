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

    private Duration current = START;

    /** The next wait: back to the start after a change, otherwise half as long again, capped. */
    public Duration next(boolean somethingChanged) {
        if (somethingChanged) {
            current = START;
        } else {
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
