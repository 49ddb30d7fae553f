package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One transport fault rule: which requests it matches (method, path regex) and what happens to every Nth
 * of them (an error status with Retry-After, a connection reset, a delay), at most {@code times} times.
 */
record RequestFault(String method, Pattern path, int every, int times, Kind kind, int status,
                    int retryAfterSeconds, long delayMillis, ArmError error) {

    enum Kind { STATUS, RESET, DELAY }

    boolean matches(Request request) {
        return (method == null || method.equalsIgnoreCase(request.method()))
                && (path == null || path.matcher(request.path()).find());
    }

    static RequestFault fromJson(JsonNode rule, String where) {
        String method = rule.hasNonNull("method") ? rule.get("method").asText().toUpperCase(Locale.ROOT) : null;
        Pattern path = rule.hasNonNull("path") ? Pattern.compile(rule.get("path").asText(), Pattern.CASE_INSENSITIVE) : null;
        int every = rule.path("every").asInt(1);
        int times = rule.path("times").asInt(0);
        if (every < 1) {
            throw new IllegalArgumentException(where + ".every must be 1 or more");
        }
        Kind kind;
        if (rule.path("reset").asBoolean(false)) {
            kind = Kind.RESET;
        } else if (rule.hasNonNull("status")) {
            kind = Kind.STATUS;
        } else if (rule.hasNonNull("delayMs")) {
            kind = Kind.DELAY;
        } else {
            throw new IllegalArgumentException(where + " needs one of \"status\", \"reset\": true or \"delayMs\"");
        }
        ArmError error = rule.path("error").isObject() ? ArmError.fromJson(rule.get("error")) : null;
        return new RequestFault(method, path, every, times, kind, rule.path("status").asInt(0),
                rule.path("retryAfterSeconds").asInt(-1), rule.path("delayMs").asLong(0), error);
    }
}
