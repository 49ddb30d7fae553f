package dev.infractl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;

/**
 * Who holds a {@link ProjectLock}, as written into the lock file: the process and when it started (so that a
 * reused PID is not mistaken for the holder), and the command it runs.
 */
public record LockHolder(long pid, Instant started, String command) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** This process. */
    public static LockHolder current(String command) {
        ProcessHandle self = ProcessHandle.current();
        return new LockHolder(self.pid(), self.info().startInstant().orElse(Instant.EPOCH), command);
    }

    /** Whether the process that wrote this still runs (a live process with the same PID but another start is not it). */
    public boolean alive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(handle -> handle.info().startInstant().map(started::equals).orElse(true))
                .orElse(false);
    }

    public String describe() {
        return "PID " + pid + " (infractl " + command + ", started " + started + ")";
    }

    String toJson() {
        return JSON.createObjectNode().put("pid", pid).put("started", started.toString()).put("command", command)
                .toString() + "\n";
    }

    /** The holder written in a lock file; empty when the file is empty (released) or unreadable. */
    static Optional<LockHolder> parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.has("pid")) {
                return Optional.empty();
            }
            return Optional.of(new LockHolder(node.get("pid").asLong(), Instant.parse(node.path("started").asText()),
                    node.path("command").asText("?")));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
