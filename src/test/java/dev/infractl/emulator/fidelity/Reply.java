package dev.infractl.emulator.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;

/** One HTTP answer; {@code toString} is what a FAIL line shows of it. */
record Reply(String method, String path, int status, java.net.http.HttpHeaders headers, String body) {

    JsonNode json() {
        try {
            return body.isBlank() ? MissingNode.getInstance() : new ObjectMapper().readTree(body);
        } catch (Exception e) {
            return MissingNode.getInstance();
        }
    }

    /** A JSON pointer's text, "" when absent. */
    String at(String pointer) {
        return json().at(pointer).asText("");
    }

    String errorCode() {
        return at("/error/code");
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    @Override
    public String toString() {
        String shown = body.length() > 160 ? body.substring(0, 160) + "..." : body;
        return method + " " + path.replaceAll("/subscriptions/[^/]+", "/subscriptions/{id}") + " -> " + status
                + (shown.isBlank() ? "" : " " + shown.replaceAll("\\s+", " "));
    }
}
