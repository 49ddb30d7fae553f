package dev.infractl.app;

/** What {@code logs} shows: lines, each with the stream it came from, and what happened to the streams. */
public sealed interface LogEvent {

    record Line(String source, String text) implements LogEvent {
    }

    /** The stream dropped; it is opened again after {@code retryInSeconds}. */
    record Dropped(String source, String reason, long retryInSeconds) implements LogEvent {
    }

    record Reconnected(String source) implements LogEvent {
    }

    /** Nothing to stream: no replica runs (scaled to zero?) or no such replica. */
    record NoStreams(String why) implements LogEvent {
    }

    /** A stream that could not be opened again and was given up. */
    record GaveUp(String source, String reason) implements LogEvent {
    }
}
