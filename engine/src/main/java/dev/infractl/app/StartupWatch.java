package dev.infractl.app;

import java.time.Duration;

/**
 * How waiting for the app watches it.
 *
 * @param stalls        when a stage counts as stalled
 * @param stopOnStall   end the wait at the first stall (the caller then stops the meter)
 * @param probeEvery    how often the endpoint is asked
 * @param replicasEvery the least time between two looks at the replicas in Resource Manager, taken on the probe's
 *                      ticks (5 s on 2 s ticks: every 6 s): each look is a request, a GPU start-up lasts many
 *                      minutes, and readiness is the endpoint's answer, so less often than the endpoint
 */
public record StartupWatch(StallRules stalls, boolean stopOnStall, Duration probeEvery, Duration replicasEvery) {

    public static final Duration PROBE_EVERY = Duration.ofSeconds(2);
    public static final Duration REPLICAS_EVERY = Duration.ofSeconds(5);

    public static StartupWatch defaults() {
        return new StartupWatch(StallRules.defaults(), false, PROBE_EVERY, REPLICAS_EVERY);
    }

    public StartupWatch withStalls(StallRules rules, boolean stop) {
        return new StartupWatch(rules, stop, probeEvery, replicasEvery);
    }

    public StartupWatch withCadence(Duration probe, Duration replicas) {
        return new StartupWatch(stalls, stopOnStall, probe, replicas);
    }
}
