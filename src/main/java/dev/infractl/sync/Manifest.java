package dev.infractl.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The record on the share of what infractl uploaded ({@code inference/.infractl-manifest.json}): path
 * to size, MD5 and time. Comparing it with local hashes makes an unchanged tree cost one read, and it
 * is what entitles a later run to delete a file: files not in it were not ours.
 */
public record Manifest(Map<String, ManifestEntry> files) {

    public static final String FILE_NAME = ".infractl-manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Manifest {
        files = Map.copyOf(files);
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    /** Reads a manifest; empty when it cannot be read (a damaged or foreign file). */
    public static Optional<Manifest> parse(byte[] content) {
        try {
            JsonNode root = JSON.readTree(content);
            Map<String, ManifestEntry> files = new TreeMap<>();
            root.path("files").properties().forEach(field -> files.put(field.getKey(), new ManifestEntry(
                    field.getValue().path("size").asLong(-1), field.getValue().path("md5").asText(""),
                    Instant.parse(field.getValue().path("uploadedAt").asText(Instant.EPOCH.toString())))));
            return Optional.of(new Manifest(files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.put("writtenBy", "infractl deploy");
        ObjectNode entries = root.putObject("files");
        new TreeMap<>(files).forEach((path, entry) -> entries.putObject(path)
                .put("size", entry.size())
                .put("md5", entry.md5())
                .put("uploadedAt", entry.uploadedAt().toString()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
