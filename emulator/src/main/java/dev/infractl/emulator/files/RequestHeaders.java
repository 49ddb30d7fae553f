package dev.infractl.emulator.files;

import com.sun.net.httpserver.Headers;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reading the Files service's request headers: ranges, sizes, content properties and metadata. */
final class RequestHeaders {

    private static final String META = "x-ms-meta-";

    private RequestHeaders() {
    }

    /** {@code x-ms-range} wins over {@code Range}, as the service documents. */
    static String range(Headers headers) {
        String range = headers.getFirst("x-ms-range");
        return range != null ? range : headers.getFirst("Range");
    }

    static long requiredLong(Headers headers, String name) {
        String value = headers.getFirst(name);
        if (value == null) {
            throw FilesServiceError.badRequest("MissingRequiredHeader", "An HTTP header that's mandatory for this request is not specified: " + name + ".");
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number < 0) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw FilesServiceError.badRequest("InvalidHeaderValue", "The value for one of the HTTP headers is not in the correct format: " + name + ".");
        }
    }

    static FileProperties fileProperties(Headers headers) {
        return new FileProperties(headers.getFirst("x-ms-content-md5"), headers.getFirst("x-ms-content-type"),
                headers.getFirst("x-ms-content-encoding"), headers.getFirst("x-ms-content-language"),
                headers.getFirst("x-ms-cache-control"), headers.getFirst("x-ms-content-disposition"), metadata(headers));
    }

    static Map<String, String> metadata(Headers headers) {
        Map<String, String> metadata = new TreeMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(META) && !values.isEmpty()) {
                metadata.put(lower.substring(META.length()), values.get(0));
            }
        });
        return metadata;
    }
}
