package dev.infractl.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.app.LogEvent;
import dev.infractl.config.JsonFiles;
import java.io.PrintWriter;

/**
 * {@code logs}: each line on stdout prefixed with its replica ({@code [replica] text}); notices about the
 * streams on stderr. With --output json one object per line: {@code {"event":"line","replica":...,"text":...}}.
 */
public final class LogView {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    public LogView(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    public void show(LogEvent event) {
        if (json) {
            out.println(json(event));
        } else if (event instanceof LogEvent.Line line) {
            out.println("[" + line.source() + "] " + line.text());
        } else if (event instanceof LogEvent.Dropped dropped) {
            err.println("notice: the log stream of " + dropped.source() + " dropped (" + dropped.reason() + "); reconnecting in "
                    + dropped.retryInSeconds() + " s");
        } else if (event instanceof LogEvent.Reconnected reconnected) {
            err.println("notice: the log stream of " + reconnected.source() + " reconnected");
        } else if (event instanceof LogEvent.NoStreams none) {
            err.println("notice: nothing to stream: " + none.why());
        } else if (event instanceof LogEvent.GaveUp gaveUp) {
            err.println("warning: gave up on the log stream of " + gaveUp.source() + ": " + gaveUp.reason());
        }
        out.flush();
        err.flush();
    }

    private static ObjectNode json(LogEvent event) {
        ObjectNode line = JsonFiles.MAPPER.createObjectNode();
        if (event instanceof LogEvent.Line text) {
            line.put("event", "line").put("replica", text.source()).put("text", text.text());
        } else if (event instanceof LogEvent.Dropped dropped) {
            line.put("event", "dropped").put("replica", dropped.source()).put("reason", dropped.reason())
                    .put("retryInSeconds", dropped.retryInSeconds());
        } else if (event instanceof LogEvent.Reconnected reconnected) {
            line.put("event", "reconnected").put("replica", reconnected.source());
        } else if (event instanceof LogEvent.NoStreams none) {
            line.put("event", "noStreams").put("reason", none.why());
        } else if (event instanceof LogEvent.GaveUp gaveUp) {
            line.put("event", "gaveUp").put("replica", gaveUp.source()).put("reason", gaveUp.reason());
        }
        return line;
    }
}
