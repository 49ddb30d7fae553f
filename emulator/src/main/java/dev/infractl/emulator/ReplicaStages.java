package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long a replica of the emulator spends in each start-up stage after its app starts or restarts: assigning a
 * node, pulling the image, container created, started (probes not passing yet), then ready. By default the app's
 * start-up time split 10/40/10/40; the faults file's {@code replicaStartup} gives each stage in milliseconds at
 * speed 1 (divided by --speed) and may hold replicas in one stage for ever, to simulate a stall.
 *
 * @param durations one per stage of {@link #STAGES}
 * @param holdIn    the stage replicas never leave, or null
 */
record ReplicaStages(List<Duration> durations, String holdIn) {

    static final List<String> STAGES = List.of("assigning", "pulling", "created", "started");
    static final String READY = "ready";

    ReplicaStages {
        durations = List.copyOf(durations);
    }

    static ReplicaStages split(Duration startup) {
        long millis = startup.toMillis();
        return new ReplicaStages(List.of(Duration.ofMillis(millis / 10), Duration.ofMillis(millis * 4 / 10),
                Duration.ofMillis(millis / 10), Duration.ofMillis(millis - millis / 10 * 2 - millis * 4 / 10)), null);
    }

    /** The faults file's {@code replicaStartup} (checked by FaultsFileCheck), else the split of {@code startup}. */
    static ReplicaStages of(JsonNode settings, double speed, Duration startup) {
        if (!settings.isObject()) {
            return split(startup);
        }
        ReplicaStages defaults = split(startup);
        List<Duration> durations = new ArrayList<>();
        for (int i = 0; i < STAGES.size(); i++) {
            JsonNode millis = settings.path(STAGES.get(i) + "Ms");
            durations.add(millis.isNumber() ? Duration.ofNanos(Math.round(millis.asLong() * 1_000_000 / speed))
                    : defaults.durations().get(i));
        }
        String hold = settings.path("holdIn").isTextual() ? settings.get("holdIn").asText() : null;
        return new ReplicaStages(durations, hold);
    }

    /** The stage a replica is in {@code elapsed} after its app (re)started. */
    String at(Duration elapsed) {
        Duration end = Duration.ZERO;
        for (int i = 0; i < STAGES.size(); i++) {
            end = end.plus(durations.get(i));
            if (STAGES.get(i).equals(holdIn) || elapsed.compareTo(end) < 0) {
                return STAGES.get(i);
            }
        }
        return READY;
    }

    /** When a replica enters {@code stage} (one of {@link #STAGES} or ready) after the start; empty if it never does. */
    Optional<Duration> entered(String stage) {
        Duration start = Duration.ZERO;
        for (int i = 0; i < STAGES.size(); i++) {
            if (STAGES.get(i).equals(stage)) {
                return Optional.of(start);
            }
            if (STAGES.get(i).equals(holdIn)) {
                return Optional.empty();
            }
            start = start.plus(durations.get(i));
        }
        return READY.equals(stage) ? Optional.of(start) : Optional.empty();
    }
}
