package dev.infractl.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;

/**
 * The fake endpoints of container apps: one HTTPS listener per app (same CA as Resource Manager), answering
 * 503 while the app starts and 200 once it is up, like a GPU app behind ACA's ingress.
 */
final class AppEndpoints implements AutoCloseable {

    /** What the fake app answers on /v1/chat/completions, shaped as OpenAI's (and the AI Toolkit app's) API. */
    static final String CHAT_COMPLETION = "{\"id\":\"chatcmpl-local\",\"object\":\"chat.completion\",\"created\":0,"
            + "\"model\":\"phi-3-mini-local\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"Yes, the local emulator's fake model is up.\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":9,\"total_tokens\":21}}\n";

    private final LoopbackTls tls;
    private final ExecutorService executor;
    private final Predicate<String> ready;
    private final Map<String, HttpsServer> listeners = new ConcurrentHashMap<>();

    /** @param ready whether the app with this (lower-case) id has finished starting */
    AppEndpoints(LoopbackTls tls, ExecutorService executor, Predicate<String> ready) {
        this.tls = tls;
        this.executor = executor;
        this.ready = ready;
    }

    /** Listens for the app, on {@code preferredPort} when it is free (0 = any); returns the port used. */
    synchronized int open(String appId, int preferredPort) {
        String key = StateStore.normal(appId);
        HttpsServer existing = listeners.get(key);
        if (existing != null) {
            return existing.getAddress().getPort();
        }
        HttpsServer server;
        try {
            server = Emulator.listen(tls, preferredPort, exchange -> answer(exchange, key), executor);
        } catch (UncheckedIOException taken) {
            server = Emulator.listen(tls, 0, exchange -> answer(exchange, key), executor);
        }
        listeners.put(key, server);
        return server.getAddress().getPort();
    }

    void close(String appId) {
        HttpsServer server = listeners.remove(StateStore.normal(appId));
        if (server != null) {
            server.stop(0);
        }
    }

    @Override
    public void close() {
        listeners.values().forEach(server -> server.stop(0));
        listeners.clear();
    }

    private void answer(HttpExchange exchange, String appId) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            boolean up = ready.test(appId);
            boolean chat = exchange.getRequestURI().getPath().equals("/v1/chat/completions");
            if (chat && up && !exchange.getRequestMethod().equalsIgnoreCase("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = (!up ? "upstream connect error: the app is starting\n"
                    : chat ? CHAT_COMPLETION : "{\"status\":\"ok\",\"app\":\"infractl local emulator\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", up ? "application/json" : "text/plain");
            boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(up ? 200 : 503, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
