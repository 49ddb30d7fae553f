package dev.infractl.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the manifest as untrusted input: the app mounts the share read-write, so anything may be in it.
 * An entry is believed only when its path is a normalised relative path inside the synced folder that Azure
 * Files can hold (not a protected folder, not the manifest itself) and its size and MD5 have the right types
 * and ranges; others are dropped. A file that is not a manifest at all is set aside whole, never fatal.
 */
final class ManifestReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Azure Files' largest file. */
    private static final long MAX_SIZE = 4L * 1024 * 1024 * 1024 * 1024;
    private static final int MAX_PATH = 2048;

    private ManifestReader() {
    }

    static Manifest.Read read(byte[] content) {
        if (content.length > Manifest.MAX_BYTES) {
            return unreadable("it is larger than " + Manifest.MAX_BYTES / (1024 * 1024) + " MiB");
        }
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException | RuntimeException e) {
            return unreadable("it is not JSON");
        }
        if (root == null || !root.isObject() || !root.path("files").isObject()) {
            return unreadable("it has no \"files\" object");
        }
        Map<String, ManifestEntry> files = new TreeMap<>();
        List<String> dropped = new ArrayList<>();
        root.get("files").properties().forEach(field -> {
            Optional<String> problem = pathProblem(field.getKey());
            Optional<ManifestEntry> entry = problem.isPresent() ? Optional.empty() : entry(field.getValue());
            if (entry.isPresent()) {
                files.put(field.getKey(), entry.get());
            } else {
                dropped.add(field.getKey());
            }
        });
        return new Manifest.Read(new Manifest(files), null, List.copyOf(dropped));
    }

    private static Manifest.Read unreadable(String why) {
        return new Manifest.Read(Manifest.empty(), why, List.of());
    }

    private static Optional<String> pathProblem(String path) {
        if (path.isEmpty() || path.length() > MAX_PATH || path.startsWith("/") || path.contains("\\")) {
            return Optional.of("not a relative path");
        }
        if (path.equals(Manifest.FILE_NAME) || LocalTree.isProtected(path)) {
            return Optional.of("not a file deploy manages");
        }
        return ShareNames.problem(path);
    }

    private static Optional<ManifestEntry> entry(JsonNode node) {
        JsonNode size = node.path("size");
        JsonNode md5 = node.path("md5");
        JsonNode pending = node.path("pending");
        if (!node.isObject() || !size.isIntegralNumber() || !size.canConvertToLong() || size.asLong() < 0
                || size.asLong() > MAX_SIZE || !md5.isTextual() || !isMd5(md5.asText())
                || !(pending.isMissingNode() || pending.isBoolean())) {
            return Optional.empty();
        }
        return Optional.of(new ManifestEntry(size.asLong(), md5.asText(), uploadedAt(node.path("uploadedAt")),
                pending.asBoolean(false)));
    }

    private static boolean isMd5(String text) {
        try {
            return text.length() == 24 && Base64.getDecoder().decode(text).length == 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Instant uploadedAt(JsonNode node) {
        try {
            return node.isTextual() ? Instant.parse(node.asText()) : Instant.EPOCH;
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
