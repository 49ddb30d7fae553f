package dev.infractl.app;

import java.util.Locale;

/** A replica's runningState as Container Apps reports it. */
public enum ReplicaState {
    RUNNING, NOT_RUNNING, UNKNOWN;

    /** Parses ACA's spelling ("Running", "NotRunning", ...); anything else is UNKNOWN. */
    public static ReplicaState parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "running" -> RUNNING;
            case "notrunning" -> NOT_RUNNING;
            default -> UNKNOWN;
        };
    }

    public String display() {
        return switch (this) {
            case RUNNING -> "running";
            case NOT_RUNNING -> "not running";
            case UNKNOWN -> "starting";
        };
    }
}
