package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One HTTP request as the routes see it: read in full, query decoded. */
record Request(String method, String path, Map<String, String> query, Headers headers, byte[] body, String host) {

    static Request of(String method, URI uri, Headers headers, byte[] body) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                query.put(URLDecoder.decode(name, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        String host = Optional.ofNullable(headers.getFirst("Host")).orElse("127.0.0.1");
        // "//subscriptions/..." (an endpoint with a trailing slash plus an id) parses as an authority; ARM takes it.
        String path = uri.getScheme() == null && uri.getRawAuthority() != null
                ? "/" + uri.getRawAuthority() + uri.getPath() : uri.getPath();
        path = path.replaceAll("/{2,}", "/");
        return new Request(method.toUpperCase(Locale.ROOT), path, query, headers, body, host);
    }

    /** The base of absolute URLs in headers such as Location: the address the client used. */
    String baseUrl() {
        return "https://" + host;
    }

    Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name.toLowerCase(Locale.ROOT)));
    }

    String apiVersion() {
        return queryParameter("api-version").orElse("2024-03-01");
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The JSON body; an empty body reads as an empty object. */
    JsonNode json() {
        return body.length == 0 ? Json.object() : Json.parse(bodyText());
    }

    /** Form fields of an application/x-www-form-urlencoded body (the OAuth2 token request). */
    Map<String, String> form() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : bodyText().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
