package dev.infractl.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** A clock that only moves when the engine sleeps; records every sleep. */
public final class FakeTime extends Clock implements Sleeper {

    private Instant now;
    final List<Duration> sleeps = new ArrayList<>();
    public final Interruption interruption = new Interruption();
    private IntConsumer onSleep = count -> { };

    FakeTime(Instant start) {
        this.now = start;
    }

    public static FakeTime at(String instant) {
        return new FakeTime(Instant.parse(instant));
    }

    /** Runs after each sleep with the number of sleeps so far (1-based). */
    public FakeTime onSleep(IntConsumer action) {
        this.onSleep = action;
        return this;
    }

    public Polling polling() {
        return new Polling(this, this, interruption);
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
        onSleep.accept(sleeps.size());
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
