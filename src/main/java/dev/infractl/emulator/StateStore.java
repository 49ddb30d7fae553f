package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Everything the emulator holds, as ARM JSON in named sections (resource groups, resources, deployments,
 * operations, apps), keyed by lower-cased id since ARM ids are case-insensitive. Each change rewrites
 * {@code state.json} atomically, so a later process sees exactly what the last change left.
 */
final class StateStore {

    static final String RESOURCE_GROUPS = "resourceGroups";
    static final String RESOURCES = "resources";
    static final String DEPLOYMENTS = "deployments";
    static final String APPS = "apps";

    private final Path file;
    private final ObjectNode root;

    private StateStore(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    static StateStore open(Path stateDir) {
        Path file = stateDir.resolve("state.json");
        ObjectNode root = Json.object();
        if (Files.isRegularFile(file)) {
            try {
                JsonNode stored = Json.MAPPER.readTree(Files.readString(file));
                if (stored instanceof ObjectNode object) {
                    root = object;
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the emulator state " + file + ": " + e.getMessage(), e);
            }
        }
        StateStore store = new StateStore(file, root);
        if (!root.hasNonNull("seed")) {
            root.put("seed", UUID.randomUUID().toString());
            store.save();
        }
        return store;
    }

    /** A random value made once per state folder: storage keys derive from it, so they survive restarts. */
    synchronized String seed() {
        return root.get("seed").asText();
    }

    synchronized Optional<ObjectNode> get(String section, String key) {
        JsonNode value = root.path(section).get(normal(key));
        return value instanceof ObjectNode object ? Optional.of(object.deepCopy()) : Optional.empty();
    }

    synchronized void put(String section, String key, ObjectNode value) {
        sectionNode(section).set(normal(key), value.deepCopy());
        save();
    }

    /** Changes one entry in place and saves; does nothing when there is no such entry. */
    synchronized boolean update(String section, String key, Consumer<ObjectNode> change) {
        JsonNode value = sectionNode(section).get(normal(key));
        if (!(value instanceof ObjectNode object)) {
            return false;
        }
        change.accept(object);
        save();
        return true;
    }

    synchronized boolean remove(String section, String key) {
        boolean removed = sectionNode(section).remove(normal(key)) != null;
        if (removed) {
            save();
        }
        return removed;
    }

    /** Copies of the entries whose key starts with {@code keyPrefix} (lower-cased), in insertion order. */
    synchronized List<ObjectNode> list(String section, String keyPrefix) {
        List<ObjectNode> entries = new ArrayList<>();
        String prefix = normal(keyPrefix);
        sectionNode(section).properties().forEach(entry -> {
            if (entry.getKey().startsWith(prefix) && entry.getValue() instanceof ObjectNode object) {
                entries.add(object.deepCopy());
            }
        });
        return entries;
    }

    /** Removes every entry whose key starts with the prefix (a deleted resource group's resources). */
    synchronized void removeAll(String section, String keyPrefix) {
        String prefix = normal(keyPrefix);
        List<String> doomed = new ArrayList<>();
        sectionNode(section).fieldNames().forEachRemaining(name -> {
            if (name.startsWith(prefix)) {
                doomed.add(name);
            }
        });
        doomed.forEach(sectionNode(section)::remove);
        save();
    }

    private ObjectNode sectionNode(String section) {
        JsonNode node = root.get(section);
        return node instanceof ObjectNode object ? object : root.putObject(section);
    }

    private void save() {
        AtomicFile.write(file, Json.pretty(root));
    }

    static String normal(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
