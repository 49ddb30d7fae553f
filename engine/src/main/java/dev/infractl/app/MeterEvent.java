package dev.infractl.app;

/** What stop, start and scale changed (or chose not to change), for renderers. */
public sealed interface MeterEvent {

    record Scaled(String app, AppScale before, AppScale after) implements MeterEvent {
    }

    /** The dedicated GPU profile's node minimum was changed. */
    record ProfileChanged(String environment, String profile, int before, int after) implements MeterEvent {
    }

    /** The profile keeps nodes running but is not ours to change. */
    record ProfileLeft(String environment, String profile, int minimum, String why) implements MeterEvent {
    }
}
