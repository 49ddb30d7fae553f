package dev.infractl.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record on the share of what infractl uploaded ({@code inference/.infractl-manifest.json}): path
 * to size, MD5 and time. Comparing it with local hashes makes an unchanged tree cost one read, and it
 * is what entitles a later run to delete a file: files not in it were not ours. The app can write the
 * share, so {@link ManifestReader} checks every entry before the sync believes it.
 */
public record Manifest(Map<String, ManifestEntry> files) {

    public static final String FILE_NAME = ".infractl-manifest.json";
    /** Far above any real tree (a 1,000-file manifest is about 150 KB); a larger one is not read. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    public Manifest {
        files = Map.copyOf(files);
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    /**
     * A manifest as read from the share: {@code problem} says why the whole file was set aside (then
     * {@code manifest} is empty), {@code dropped} lists entries that were not believed.
     */
    public record Read(Manifest manifest, String problem, List<String> dropped) {
    }

    /** The same entries, those for {@code paths} marked pending: a run is about to change them. */
    Manifest pending(List<String> paths) {
        Map<String, ManifestEntry> marked = new HashMap<>(files);
        paths.forEach(path -> marked.computeIfPresent(path, (key, entry) -> entry.markedPending()));
        return new Manifest(marked);
    }

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.put("writtenBy", "infractl deploy");
        ObjectNode entries = root.putObject("files");
        new TreeMap<>(files).forEach((path, entry) -> {
            ObjectNode node = entries.putObject(path)
                    .put("size", entry.size())
                    .put("md5", entry.md5())
                    .put("uploadedAt", entry.uploadedAt().toString());
            if (entry.pending()) {
                node.put("pending", true);
            }
        });
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
