package dev.infractl.emulator.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A request's headers with their names in the case the client sent them (found case-insensitively, as HTTP
 * names are), and the Files service's readings of them: ranges, sizes, content properties and metadata.
 */
final class RequestHeaders {

    private static final String META = "x-ms-meta-";
    /** Lower-cased name to the name as first sent and every value sent under it, in order. */
    private final Map<String, Map.Entry<String, List<String>>> byName = new LinkedHashMap<>();

    void add(String name, String value) {
        byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), lower -> Map.entry(name, new ArrayList<>()))
                .getValue().add(value);
    }

    String first(String name) {
        var entry = byName.get(name.toLowerCase(Locale.ROOT));
        return entry == null ? null : entry.getValue().get(0);
    }

    boolean has(String name) {
        return byName.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Each header once, by the name as sent, with all its values. */
    void forEach(BiConsumer<String, List<String>> action) {
        byName.values().forEach(entry -> action.accept(entry.getKey(), entry.getValue()));
    }

    /** {@code x-ms-range} wins over {@code Range}, as the service documents. */
    String range() {
        String range = first("x-ms-range");
        return range != null ? range : first("Range");
    }

    long requiredLong(String name) {
        String value = first(name);
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

    FileProperties fileProperties() {
        return new FileProperties(first("x-ms-content-md5"), first("x-ms-content-type"), first("x-ms-content-encoding"),
                first("x-ms-content-language"), first("x-ms-cache-control"), first("x-ms-content-disposition"), metadata(), null);
    }

    /** The {@code x-ms-meta-*} pairs, each name in the case the client set it, as the service keeps it. */
    Map<String, String> metadata() {
        Map<String, String> metadata = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        forEach((name, values) -> {
            if (name.toLowerCase(Locale.ROOT).startsWith(META)) {
                metadata.put(name.substring(META.length()), values.get(0));
            }
        });
        return metadata;
    }
}
