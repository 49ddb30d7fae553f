package dev.infractl.deploy;

import java.time.Clock;

/** Time as the engine sees it: injected, so tests never really sleep. */
public record Polling(Clock clock, Sleeper sleeper, Interruption interruption) {

    /** The wall clock, real sleeping that Ctrl-C cuts short. */
    public static Polling real(Interruption interruption) {
        return new Polling(Clock.systemUTC(), interruption.sleeper(), interruption);
    }
}
