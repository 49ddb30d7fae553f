package dev.infractl.ui;

import java.time.Duration;

/** Elapsed time as people read it: 850ms, 12s, 3m05s. */
final class Durations {

    private Durations() {
    }

    static String brief(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return seconds + "s";
        }
        return String.format("%dm%02ds", seconds / 60, seconds % 60);
    }
}
