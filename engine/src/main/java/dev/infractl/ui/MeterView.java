package dev.infractl.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.app.MeterEvent;
import dev.infractl.config.JsonFiles;
import java.io.PrintWriter;

/** stop, start and scale: one line per change, as text or as NDJSON ({@code "event"}: scaled, profileChanged, profileLeft). */
public final class MeterView {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    public MeterView(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    public void show(MeterEvent event) {
        if (json) {
            out.println(json(event));
        } else if (event instanceof MeterEvent.ProfileLeft) {
            err.println(text(event));
        } else {
            out.println(text(event));
        }
        out.flush();
        err.flush();
    }

    static String text(MeterEvent event) {
        if (event instanceof MeterEvent.Scaled scaled) {
            return scaled.before().equals(scaled.after())
                    ? "container app " + scaled.app() + ": replicas already " + scaled.after().display()
                    : "container app " + scaled.app() + ": replicas " + scaled.before().display() + " -> " + scaled.after().display();
        }
        if (event instanceof MeterEvent.ProfileChanged changed) {
            return "environment " + changed.environment() + ": workload profile " + changed.profile() + " minimum nodes "
                    + changed.before() + " -> " + changed.after();
        }
        MeterEvent.ProfileLeft left = (MeterEvent.ProfileLeft) event;
        return "warning: environment " + left.environment() + ": workload profile " + left.profile() + " keeps "
                + left.minimum() + " node(s) running\nhint: " + left.why();
    }

    static ObjectNode json(MeterEvent event) {
        ObjectNode line = JsonFiles.MAPPER.createObjectNode();
        if (event instanceof MeterEvent.Scaled scaled) {
            line.put("event", "scaled").put("app", scaled.app())
                    .put("minReplicasBefore", scaled.before().minReplicas()).put("maxReplicasBefore", scaled.before().maxReplicas())
                    .put("minReplicas", scaled.after().minReplicas()).put("maxReplicas", scaled.after().maxReplicas());
        } else if (event instanceof MeterEvent.ProfileChanged changed) {
            line.put("event", "profileChanged").put("environment", changed.environment()).put("profile", changed.profile())
                    .put("minimumCountBefore", changed.before()).put("minimumCount", changed.after());
        } else if (event instanceof MeterEvent.ProfileLeft left) {
            line.put("event", "profileLeft").put("environment", left.environment()).put("profile", left.profile())
                    .put("minimumCount", left.minimum()).put("reason", left.why());
        }
        return line;
    }
}
