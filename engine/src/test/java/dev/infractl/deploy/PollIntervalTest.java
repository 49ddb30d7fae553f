package dev.infractl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The poll schedule over simulated time: as quick as ARM asks, within ARM's read limits. */
class PollIntervalTest {

    private static final Duration TWENTY_MINUTES = Duration.ofMinutes(20);

    @Test
    void retryAfterOneSecondIsPolledTwiceAsOftenAsAskedOnAShortDeployment() {
        List<Duration> waits = schedule(Duration.ofSeconds(30), Optional.of(Duration.ofSeconds(1)), Duration.ofSeconds(10));

        assertThat(waits).as("backs off to the half-second cap, not to ARM's 1 s").contains(Duration.ofMillis(500));
        assertThat(waits).isNotEmpty().allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMillis(500)));
    }

    @Test
    void aLongRetryAfterIsPolledFasterWithinTheCap() {
        List<Duration> waits = schedule(Duration.ofSeconds(40), Optional.of(Duration.ofSeconds(15)), Duration.ofSeconds(40));

        assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(PollInterval.CAP));
    }

    @Test
    void overATwentyMinuteDeploymentTheAverageStaysAtOrUnderOneRequestPerSecondWhateverArmAsks() {
        for (Optional<Duration> retryAfter : List.of(Optional.<Duration>empty(), Optional.of(Duration.ofSeconds(1)),
                Optional.of(Duration.ofMillis(100)), Optional.of(Duration.ofSeconds(15)))) {
            for (Duration changeEvery : List.of(Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofMinutes(5))) {
                List<Duration> waits = schedule(TWENTY_MINUTES, retryAfter, changeEvery, PollInterval.MAX_REQUESTS_PER_POLL);

                long requests = (long) (waits.size() + 1) * PollInterval.MAX_REQUESTS_PER_POLL;
                assertThat(requests).as("requests over 20 minutes, Retry-After %s, a change every %s", retryAfter,
                        changeEvery).isLessThanOrEqualTo(TWENTY_MINUTES.toSeconds());
            }
        }
    }

    @Test
    void theBudgetLeavesAShortDeploymentAtFullSpeed() {
        List<Duration> waits = schedule(Duration.ofSeconds(20), Optional.empty(), Duration.ofSeconds(10));

        assertThat(waits.subList(0, 3)).as("quick polls at the start").containsOnly(PollInterval.START);
        assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(PollInterval.CAP));
        assertThat(waits).as("the back-off alone, no budget stretch").contains(Duration.ofMillis(375));
    }

    /** The waits of one deployment lasting {@code length}, polls reading only the deployment (the usual poll). */
    private static List<Duration> schedule(Duration length, Optional<Duration> retryAfter, Duration changeEvery) {
        return schedule(length, retryAfter, changeEvery, 1);
    }

    /**
     * The waits of one deployment lasting {@code length}, with something new every {@code changeEvery}, each poll
     * making {@code requestsPerPoll} requests (DeploymentWatchTest counts the real ones).
     */
    private static List<Duration> schedule(Duration length, Optional<Duration> retryAfter, Duration changeEvery,
                                           int requestsPerPoll) {
        PollInterval interval = new PollInterval();
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        Instant now = start;
        Instant lastChange = start;
        List<Duration> waits = new ArrayList<>();
        while (now.isBefore(start.plus(length))) {
            boolean changed = !now.isBefore(lastChange.plus(changeEvery));
            if (changed) {
                lastChange = now;
            }
            Duration wait = interval.next(now, requestsPerPoll, changed, retryAfter);
            waits.add(wait);
            now = now.plus(wait);
        }
        return waits;
    }
}
