package dev.infractl.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage machine behind the start-up timeline: fed the replicas each time they are looked at, it says which
 * replica reached which stage and, asked at any time, which stage has lasted past its limit (once per stage).
 * Pure: the caller brings the replicas and the time.
 */
public final class StartupTimeline {

    private final StallRules rules;
    private final Instant start;
    private final Map<String, Position> replicas = new LinkedHashMap<>();

    private record Position(StartupStage stage, Instant since, boolean stallReported) {
    }

    public StartupTimeline(StallRules rules, Instant start) {
        this.rules = rules;
        this.start = start;
    }

    /** A stage event for every replica that is new or in another stage than when last seen. */
    public List<AppEvent.StageReached> observe(List<Replica> seen, Instant now) {
        List<AppEvent.StageReached> reached = new ArrayList<>();
        for (Replica replica : seen) {
            StartupStage stage = replica.stage();
            Position before = replicas.get(replica.name());
            if (before != null && before.stage() == stage) {
                continue;
            }
            reached.add(new AppEvent.StageReached(replica.name(), stage, Duration.between(start, now),
                    before == null ? null : before.stage(), before == null ? null : Duration.between(before.since(), now)));
            replicas.put(replica.name(), new Position(stage, now, false));
        }
        return reached;
    }

    /** The stages that have now lasted at least their limit and were not reported yet. */
    public List<AppEvent.Stalled> stalls(Instant now) {
        List<AppEvent.Stalled> stalled = new ArrayList<>();
        replicas.replaceAll((name, position) -> {
            var limit = rules.limit(position.stage());
            Duration lasted = Duration.between(position.since(), now);
            if (position.stallReported() || limit.isEmpty() || lasted.compareTo(limit.get()) < 0) {
                return position;
            }
            stalled.add(new AppEvent.Stalled(name, position.stage(), lasted, limit.get()));
            return new Position(position.stage(), position.since(), true);
        });
        return stalled;
    }
}
