package dev.infractl.emulator.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** Answers of actions that return key material show without it: a report line is no place for a key. */
    private static final Pattern KEY_ACTION =
            Pattern.compile("/(list[^/]*|regenerateKey|sharedKeys|getAuthToken)$", Pattern.CASE_INSENSITIVE);

    @Override
    public String toString() {
        String safe = KEY_ACTION.matcher(path).find() ? body.replaceAll("(\"(value|token|\\w*Key)\"\\s*:\\s*\")[^\"]*", "$1REDACTED")
                : body;
        String shown = safe.length() > 160 ? safe.substring(0, 160) + "..." : safe;
        return method + " " + path.replaceAll("/subscriptions/[^/]+", "/subscriptions/{id}") + " -> " + status
                + (shown.isBlank() ? "" : " " + shown.replaceAll("\\s+", " "));
    }
}
