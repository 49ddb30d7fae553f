package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.InfractlException;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiled templates on disk, one file per {@link CacheKey}, with the compiler's warnings so that a cache
 * hit reports them again. Entries never change once written, so a damaged one is simply a miss.
 */
final class CompileCache {

    /** A template and its warnings as the compiler produced them. */
    record Entry(JsonNode template, List<BicepDiagnostic> warnings) {
    }

    private final Path folder;

    CompileCache(Path folder) {
        this.folder = folder;
    }

    Optional<Entry> read(String key) {
        try {
            Optional<JsonNode> stored = JsonFiles.readIfExists(file(key));
            if (stored.isEmpty() || !stored.get().path("template").isObject()) {
                return Optional.empty();
            }
            List<BicepDiagnostic> warnings = new ArrayList<>();
            for (JsonNode warning : stored.get().path("warnings")) {
                warnings.add(JsonFiles.MAPPER.treeToValue(warning, BicepDiagnostic.class));
            }
            return Optional.of(new Entry(stored.get().get("template"), warnings));
        } catch (InfractlException | IOException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }

    /** Stores an entry; a cache that cannot be written is not worth failing a build for. */
    boolean write(String key, Entry entry) {
        ObjectNode stored = JsonFiles.MAPPER.createObjectNode();
        stored.set("template", entry.template());
        stored.set("warnings", JsonFiles.MAPPER.valueToTree(entry.warnings()));
        try {
            JsonFiles.writeAtomically(file(key), JsonFiles.toText(stored));
            return true;
        } catch (InfractlException unwritable) {
            return false;
        }
    }

    Path folder() {
        return folder;
    }

    private Path file(String key) {
        return folder.resolve(key + ".json");
    }
}
