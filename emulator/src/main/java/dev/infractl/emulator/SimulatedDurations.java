package dev.infractl.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How long creating each kind of resource takes at speed 1.0: the inference template's longest chain
 * (workspace, environment, environment storage, app) adds up to about 2.6 s, with the environment and the
 * app slowest, as on Azure (where they take minutes).
 */
final class SimulatedDurations {

    private static final Map<String, Long> MILLIS = Map.of(
            "microsoft.storage/storageaccounts", 400L,
            "microsoft.storage/storageaccounts/fileservices", 150L,
            "microsoft.storage/storageaccounts/fileservices/shares", 200L,
            "microsoft.operationalinsights/workspaces", 500L,
            "microsoft.app/managedenvironments", 1000L,
            "microsoft.app/managedenvironments/storages", 200L,
            "microsoft.app/containerapps", 900L);
    private static final long OTHER = 300L;

    private final double speed;

    SimulatedDurations(double speed) {
        this.speed = speed;
    }

    Duration of(String type) {
        long millis = MILLIS.getOrDefault(type.toLowerCase(Locale.ROOT), OTHER);
        return Duration.ofNanos(Math.round(millis * 1_000_000 / speed));
    }
}
