package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the emulator holds, as ARM JSON in named sections (resource groups, resources, deployments,
 * operations, apps), keyed by lower-cased id since ARM ids are case-insensitive. Each change is appended to the
 * state folder's journal before the call returns (see StateJournal), so a later process sees exactly what the last
 * change left, and a change costs its own size, not the size of the state.
 */
final class StateStore implements AutoCloseable {

    static final String RESOURCE_GROUPS = "resourceGroups";
    static final String RESOURCES = "resources";
    static final String DEPLOYMENTS = "deployments";
    static final String APPS = "apps";

    private final StateJournal journal;
    private final ObjectNode root;
    private final String secret;

    private StateStore(StateJournal journal, ObjectNode root, String secret) {
        this.journal = journal;
        this.root = root;
        this.secret = secret;
    }

    static StateStore open(Path stateDir) {
        StateJournal journal = new StateJournal(stateDir);
        ObjectNode root = journal.read(StateStore::apply);
        JsonNode legacySeed = root.remove("seed");
        StateStore store = new StateStore(journal, root, FolderSecret.in(stateDir,
                Optional.ofNullable(legacySeed).map(JsonNode::asText)));
        store.compact();
        return store;
    }

    /** A random value made once per state folder: keys derive from it, so they survive restarts. */
    String secret() {
        return secret;
    }

    synchronized Optional<ObjectNode> get(String section, String key) {
        JsonNode value = root.path(section).get(normal(key));
        return value instanceof ObjectNode object ? Optional.of(object.deepCopy()) : Optional.empty();
    }

    synchronized void put(String section, String key, ObjectNode value) {
        ObjectNode copy = value.deepCopy();
        sectionNode(root, section).set(normal(key), copy);
        record(StateJournal.put(section, normal(key), copy));
    }

    /** Changes one entry in place and saves; does nothing when there is no such entry. */
    synchronized boolean update(String section, String key, Consumer<ObjectNode> change) {
        JsonNode value = sectionNode(root, section).get(normal(key));
        if (!(value instanceof ObjectNode object)) {
            return false;
        }
        change.accept(object);
        record(StateJournal.put(section, normal(key), object));
        return true;
    }

    synchronized boolean remove(String section, String key) {
        boolean removed = sectionNode(root, section).remove(normal(key)) != null;
        if (removed) {
            record(StateJournal.remove(section, normal(key)));
        }
        return removed;
    }

    /** Copies of the entries whose key starts with {@code keyPrefix} (lower-cased), in insertion order. */
    synchronized List<ObjectNode> list(String section, String keyPrefix) {
        List<ObjectNode> entries = new ArrayList<>();
        String prefix = normal(keyPrefix);
        sectionNode(root, section).properties().forEach(entry -> {
            if (entry.getKey().startsWith(prefix) && entry.getValue() instanceof ObjectNode object) {
                entries.add(object.deepCopy());
            }
        });
        return entries;
    }

    /** Removes every entry whose key starts with the prefix (a deleted resource group's resources). */
    synchronized void removeAll(String section, String keyPrefix) {
        removeAll(root, section, normal(keyPrefix));
        record(StateJournal.removeAll(section, normal(keyPrefix)));
    }

    /** Writes the whole state as a new snapshot and empties the journal. */
    synchronized void compact() {
        journal.compact(file -> AtomicFile.write(file, Json.text(root)));
    }

    @Override
    public synchronized void close() {
        journal.close();
    }

    private void record(ObjectNode change) {
        journal.append(change, file -> AtomicFile.write(file, Json.text(root)));
    }

    /** Applies one journal line to the state read so far. */
    private static void apply(ObjectNode root, ObjectNode change) {
        if (change.has("put")) {
            sectionNode(root, change.get("put").path(0).asText()).set(change.get("put").path(1).asText(), change.get("value"));
        } else if (change.has("remove")) {
            sectionNode(root, change.get("remove").path(0).asText()).remove(change.get("remove").path(1).asText());
        } else if (change.has("removeAll")) {
            removeAll(root, change.get("removeAll").path(0).asText(), change.get("removeAll").path(1).asText());
        }
    }

    private static void removeAll(ObjectNode root, String section, String prefix) {
        List<String> doomed = new ArrayList<>();
        sectionNode(root, section).fieldNames().forEachRemaining(name -> {
            if (name.startsWith(prefix)) {
                doomed.add(name);
            }
        });
        doomed.forEach(sectionNode(root, section)::remove);
    }

    private static ObjectNode sectionNode(ObjectNode root, String section) {
        JsonNode node = root.get(section);
        return node instanceof ObjectNode object ? object : root.putObject(section);
    }

    static String normal(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
