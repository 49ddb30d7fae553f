package dev.infractl.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One request that says whether the endpoint answers well: a one-line prompt to an OpenAI-style
 * {@code /v1/chat/completions} (as the AI Toolkit's inference app serves), or, when the app has no such route
 * (404, 405), a GET of {@code /}.
 */
public final class Smoke {

    public static final String PROMPT = "Reply with one short sentence: are you up?";

    private final EndpointCalls calls;
    private final Clock clock;

    public Smoke(EndpointCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    public SmokeResult run(URI endpoint) {
        URI chat = endpoint.resolve("/v1/chat/completions");
        ObjectNode request = JsonFiles.MAPPER.createObjectNode().put("max_tokens", 32).put("temperature", 0);
        request.putArray("messages").addObject().put("role", "user").put("content", PROMPT);
        Instant start = clock.instant();
        EndpointCalls.Answer answer = calls.postJson(chat, request.toString());
        Duration latency = Duration.between(start, clock.instant());
        if (answer.status() == 404 || answer.status() == 405) {
            return root(endpoint);
        }
        if (answer.status() != 200) {
            return new SmokeResult(chat, true, answer.status(), latency, null, false, problem(answer.status()));
        }
        String reply = reply(answer.body());
        if (reply == null) {
            return new SmokeResult(chat, true, 200, latency, null, false,
                    "the answer is not a chat completion (no choices[0].message.content)");
        }
        return new SmokeResult(chat, true, 200, latency, reply, true, null);
    }

    private SmokeResult root(URI endpoint) {
        URI root = endpoint.resolve("/");
        Instant start = clock.instant();
        EndpointCalls.Answer answer = calls.get(root);
        Duration latency = Duration.between(start, clock.instant());
        boolean ok = answer.status() / 100 == 2;
        return new SmokeResult(root, false, answer.status(), latency, null, ok, ok ? null : problem(answer.status()));
    }

    private static String reply(String body) {
        try {
            JsonNode content = JsonFiles.MAPPER.readTree(body == null ? "" : body).path("choices").path(0).path("message").path("content");
            return content.isTextual() ? content.asText().strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String problem(int status) {
        if (status == 0) {
            return "nothing answered: the app is stopped, still starting, or the address is wrong";
        }
        if (status == 502 || status == 503 || status == 504) {
            return "HTTP " + status + ": the app is not up yet (a GPU replica takes ~20 minutes); `infractl endpoint --wait`";
        }
        if (status == 401 || status == 403) {
            return "HTTP " + status + ": the endpoint refuses us (ingress IP restrictions or authentication)";
        }
        return "HTTP " + status;
    }
}
