package dev.infractl.ui;

import java.time.Duration;

/** Durations as people read them: 850ms, 12s, 3m05s for elapsed time; 1s, 30m, 1h30m for limits. */
public final class Durations {

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

    /** A limit such as a timeout, in the units it was likely given in: 1s, 90s as 1m30s, 30m, 1h30m. */
    public static String limit(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds == 0) {
            return Math.max(0, duration.toMillis()) + "ms";
        }
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            text.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 > 0) {
            text.append(seconds % 60).append('s');
        }
        return text.toString();
    }
}
