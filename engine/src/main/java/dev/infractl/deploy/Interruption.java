package dev.infractl.deploy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C, as the engine sees it: a flag it checks between polls. The command line sets it from its
 * signal handler; the sleeper it hands out wakes up at once when it is set.
 */
public final class Interruption {

    private final CountDownLatch requested = new CountDownLatch(1);

    public void request() {
        requested.countDown();
    }

    public boolean requested() {
        return requested.getCount() == 0;
    }

    /** A real sleeper that returns early when the interruption is requested. */
    public Sleeper sleeper() {
        return duration -> requested.await(Math.max(0, duration.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Sleeps for at most the duration; for callers that cannot use {@link #sleeper()}. */
    public void await(Duration duration) throws InterruptedException {
        sleeper().sleep(duration);
    }
}
