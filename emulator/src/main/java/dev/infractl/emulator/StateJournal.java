package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * How the emulator's state reaches the disk at the cost of one change: {@code state.json} is a snapshot, and every
 * change after it is one line appended to {@code state.journal} (the whole new entry, or a removal). Replaying a line
 * twice gives the same state, so a crash between writing a new snapshot and emptying the journal loses nothing. A
 * process killed in the middle of an append leaves a torn last line, which reading ignores. When the journal has
 * grown as large as the snapshot (and past a floor), the next change writes a new snapshot: compaction costs the
 * size of the state, once per that much change, so its cost per change stays constant.
 */
final class StateJournal implements AutoCloseable {

    static final String SNAPSHOT = "state.json";
    static final String JOURNAL = "state.journal";

    private static final long FLOOR = 1 << 20;

    private final Path snapshot;
    private final Path journal;
    private FileChannel appending;
    private long snapshotBytes;
    private boolean closed;

    StateJournal(Path stateDir) {
        this.snapshot = stateDir.resolve(SNAPSHOT);
        this.journal = stateDir.resolve(JOURNAL);
    }

    /** The snapshot with every whole journal line applied to it by {@code apply}. */
    ObjectNode read(BiConsumer<ObjectNode, ObjectNode> apply) {
        ObjectNode root = Json.object();
        try {
            if (Files.isRegularFile(snapshot)) {
                JsonNode stored = Json.MAPPER.readTree(Files.readString(snapshot));
                if (stored instanceof ObjectNode object) {
                    root = object;
                }
            }
            if (Files.isRegularFile(journal)) {
                for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                    JsonNode change = parsed(line);
                    if (change == null) {
                        break; // a torn last line: the process died while appending it, the change never happened
                    }
                    apply.accept(root, (ObjectNode) change);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the emulator state " + snapshot + ": "
                    + e.getMessage(), e);
        }
        return root;
    }

    private static JsonNode parsed(String line) {
        try {
            JsonNode change = Json.MAPPER.readTree(line);
            return change instanceof ObjectNode ? change : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Appends one change, one line written in one call; then compacts when the journal has grown enough. */
    void append(ObjectNode change, Consumer<Path> writeSnapshot) {
        if (closed) {
            return; // a deployment thread finishing after close: the lock is released, another process may write now
        }
        try {
            if (appending == null) {
                appending = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
            ByteBuffer line = ByteBuffer.wrap((Json.text(change) + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                appending.write(line);
            }
            if (appending.size() > Math.max(FLOOR, snapshotBytes)) {
                compact(writeSnapshot);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the emulator state to " + journal, e);
        }
    }

    /** Writes a new snapshot of the whole state, then empties the journal. */
    void compact(Consumer<Path> writeSnapshot) {
        if (closed) {
            return;
        }
        writeSnapshot.accept(snapshot);
        try {
            snapshotBytes = Files.size(snapshot);
            if (appending != null) {
                appending.truncate(0);
            } else {
                Files.deleteIfExists(journal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the emulator journal " + journal, e);
        }
    }

    static ObjectNode put(String section, String key, JsonNode value) {
        ObjectNode change = Json.object();
        change.set("put", Json.MAPPER.valueToTree(List.of(section, key)));
        change.set("value", value);
        return change;
    }

    static ObjectNode remove(String section, String key) {
        ObjectNode change = Json.object();
        change.set("remove", Json.MAPPER.valueToTree(List.of(section, key)));
        return change;
    }

    static ObjectNode removeAll(String section, String prefix) {
        ObjectNode change = Json.object();
        change.set("removeAll", Json.MAPPER.valueToTree(List.of(section, prefix)));
        return change;
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (appending != null) {
                appending.close();
            }
        } catch (IOException e) {
            // the lines are written; closing the channel only releases it
        }
    }
}
