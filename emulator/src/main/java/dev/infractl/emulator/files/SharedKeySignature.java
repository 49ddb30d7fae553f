package dev.infractl.emulator.files;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Storage services' SharedKey scheme ("Authorize with Shared Key", version 2009-09-19 and later):
 * the canonical string the client signed, rebuilt from the request as received, and its HMAC-SHA256.
 * Names and values are ordered with the root-locale collator, as the Java SDK orders them.
 */
final class SharedKeySignature {

    private static final List<String> STANDARD_HEADERS = List.of("Content-Encoding", "Content-Language",
            "Content-Length", "Content-MD5", "Content-Type", "Date", "If-Modified-Since", "If-Match",
            "If-None-Match", "If-Unmodified-Since", "Range");

    private SharedKeySignature() {
    }

    /**
     * The string to sign. {@code hostStyle} drops the account segment from the resource path, as a client
     * does that addressed {@code account.file...} and reached us through path-style routing.
     */
    static String stringToSign(String method, URI uri, RequestHeaders headers, String account, boolean hostStyle) {
        return stringToSign(method, uri, headers, account, hostStyle, false);
    }

    /**
     * {@code valuesAsSent}: a query value is signed as sent ({@code include=Timestamps,ETag}), as the service and
     * most clients do; otherwise split at commas and sorted, as the Java SDK does. The service accepts both.
     */
    static String stringToSign(String method, URI uri, RequestHeaders headers, String account, boolean hostStyle,
                               boolean valuesAsSent) {
        List<String> lines = new ArrayList<>();
        lines.add(method);
        for (String name : STANDARD_HEADERS) {
            lines.add(standardValue(name, headers));
        }
        lines.add(canonicalHeaders(headers));
        lines.add(canonicalResource(uri, account, hostStyle, valuesAsSent));
        return String.join("\n", lines);
    }

    static String sign(String base64Key, String stringToSign) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares in constant time so the check does not leak how much of a signature was right. */
    static boolean matches(String expected, String presented) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String standardValue(String name, RequestHeaders headers) {
        String value = headers.first(name);
        if (value == null) {
            return "";
        }
        if (name.equals("Content-Length") && value.equals("0")) {
            return "";
        }
        if (name.equals("Date") && headers.has("x-ms-date")) {
            return "";
        }
        return value;
    }

    private static String canonicalHeaders(RequestHeaders headers) {
        Map<String, String> xms = new TreeMap<>(Collator.getInstance(Locale.ROOT));
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-ms-") && !values.isEmpty()) {
                xms.put(lower, String.join(",", values));
            }
        });
        StringBuilder text = new StringBuilder();
        xms.forEach((name, value) -> {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(name).append(':').append(value);
        });
        return text.toString();
    }

    private static String canonicalResource(URI uri, String account, boolean hostStyle, boolean valuesAsSent) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (hostStyle && path.startsWith("/" + account)) {
            path = path.substring(account.length() + 1);
            path = path.isEmpty() ? "/" : path;
        }
        StringBuilder text = new StringBuilder("/").append(account).append(path);
        Collator collator = Collator.getInstance(Locale.ROOT);
        Map<String, List<String>> query = new TreeMap<>(collator);
        String rawQuery = uri.getRawQuery();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                List<String> values = query.computeIfAbsent(name, key -> new ArrayList<>());
                if (valuesAsSent) {
                    values.add(decode(value));
                } else {
                    for (String part : value.split(",", -1)) {
                        values.add(decode(part));
                    }
                }
            }
        }
        query.forEach((name, values) -> {
            values.sort(collator);
            text.append('\n').append(name).append(':').append(String.join(",", values));
        });
        return text.toString();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
