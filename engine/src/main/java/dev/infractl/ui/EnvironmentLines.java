package dev.infractl.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * One environment's share of a terminal stream when several environments run at once: whole lines only (so
 * lines of different environments never mix), each marked with the environment. Text lines are prefixed
 * {@code [dev] }; NDJSON lines gain {@code "env": "dev"} first. Marking at the line keeps every renderer and
 * every message (notes, preflight, errors) unaware of how many environments run.
 */
public final class EnvironmentLines extends Writer {

    private final Consumer<String> sink;
    private final StringBuilder pending = new StringBuilder();

    private EnvironmentLines(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Lines for people: {@code [env] line}, written whole to {@code shared}. */
    public static PrintWriter text(String env, PrintWriter shared) {
        return writer(line -> write(shared, "[" + env + "] " + line));
    }

    /** NDJSON lines: each object gains {@code "env"} as its first field; anything else is passed on as it is. */
    public static PrintWriter json(String env, PrintWriter shared) {
        return writer(line -> write(shared, withEnv(env, line)));
    }

    /** Whole lines handed to {@code sink}, which must be safe to call from several threads. */
    public static PrintWriter writer(Consumer<String> sink) {
        return new PrintWriter(new EnvironmentLines(sink));
    }

    static String withEnv(String env, String line) {
        JsonNode node;
        try {
            node = JsonFiles.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return line;
        }
        if (!(node instanceof ObjectNode object)) {
            return line;
        }
        ObjectNode tagged = JsonFiles.MAPPER.createObjectNode().put("env", env);
        object.fields().forEachRemaining(field -> {
            if (!"env".equals(field.getKey())) {
                tagged.set(field.getKey(), field.getValue());
            }
        });
        return tagged.toString();
    }

    private static void write(PrintWriter shared, String line) {
        synchronized (shared) {
            shared.println(line);
            shared.flush();
        }
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                int end = pending.length();
                sink.accept(pending.substring(0, end > 0 && pending.charAt(end - 1) == '\r' ? end - 1 : end));
                pending.setLength(0);
            } else {
                pending.append(c);
            }
        }
    }

    @Override
    public void flush() {
        // only whole lines leave; a partial line waits for its end
    }

    /** A last line without its newline still leaves. */
    @Override
    public synchronized void close() {
        if (pending.length() > 0) {
            sink.accept(pending.toString());
            pending.setLength(0);
        }
    }
}
