package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers: a status, headers and a body (JSON unless said otherwise). */
record Response(int status, Map<String, String> headers, byte[] body) {

    static Response json(int status, JsonNode body) {
        return new Response(status, new LinkedHashMap<>(Map.of("Content-Type", "application/json; charset=utf-8")),
                Json.text(body).getBytes(StandardCharsets.UTF_8));
    }

    static Response ok(JsonNode body) {
        return json(200, body);
    }

    static Response empty(int status) {
        return new Response(status, new LinkedHashMap<>(), new byte[0]);
    }

    static Response error(int status, ArmError error) {
        return json(status, error.toBody());
    }

    static Response text(int status, String contentType, String body) {
        return new Response(status, new LinkedHashMap<>(Map.of("Content-Type", contentType)),
                body.getBytes(StandardCharsets.UTF_8));
    }

    Response header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, more, body);
    }
}
