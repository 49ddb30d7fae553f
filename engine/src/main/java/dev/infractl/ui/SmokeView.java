package dev.infractl.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.app.SmokeResult;
import dev.infractl.config.JsonFiles;
import java.io.PrintWriter;

/** The smoke test's outcome: the request, status and latency, the model's answer; or one {@code "smoke"} JSON object. */
public final class SmokeView {

    private SmokeView() {
    }

    public static void show(SmokeResult result, PrintWriter out, PrintWriter err, boolean json) {
        if (json) {
            ObjectNode line = JsonFiles.MAPPER.createObjectNode().put("event", "smoke").put("url", result.url().toString())
                    .put("kind", result.chat() ? "chat" : "get").put("status", result.status())
                    .put("latencyMs", result.latency().toMillis()).put("ok", result.ok());
            if (result.answer() != null) {
                line.put("answer", result.answer());
            }
            if (result.problem() != null) {
                line.put("problem", result.problem());
            }
            out.println(line);
        } else {
            String request = (result.chat() ? "POST " : "GET ") + result.url();
            String status = result.status() == 0 ? "no answer" : "HTTP " + result.status();
            out.println(request + ": " + status + " in " + result.latency().toMillis() + " ms");
            if (result.answer() != null) {
                out.println("answer: " + result.answer());
            }
            if (!result.ok()) {
                err.println("error: the endpoint did not answer well: " + result.problem());
            }
        }
        out.flush();
        err.flush();
    }
}
