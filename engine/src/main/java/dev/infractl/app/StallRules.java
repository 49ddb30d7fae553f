package dev.infractl.app;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** How long each start-up stage may last before it counts as a stall; {@link StartupStage#READY} never does. */
public record StallRules(Map<StartupStage, Duration> after) {

    public StallRules {
        after = Map.copyOf(after);
    }

    /** Assigning 10m, pulling 30m, created 10m, started 15m. */
    public static StallRules defaults() {
        Map<StartupStage, Duration> after = new EnumMap<>(StartupStage.class);
        for (StartupStage stage : StartupStage.values()) {
            stage.defaultStallAfter().ifPresent(limit -> after.put(stage, limit));
        }
        return new StallRules(after);
    }

    public StallRules with(StartupStage stage, Duration limit) {
        if (stage == StartupStage.READY) {
            throw new IllegalArgumentException("ready is the end of the start-up, never a stall");
        }
        Map<StartupStage, Duration> changed = new EnumMap<>(after);
        changed.put(stage, limit);
        return new StallRules(changed);
    }

    public Optional<Duration> limit(StartupStage stage) {
        return Optional.ofNullable(after.get(stage));
    }
}
