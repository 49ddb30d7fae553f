package dev.infractl.emulator.files;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/** The Files handler on a plain-HTTP loopback listener, for tests that talk to it through the real SDK. */
public final class LoopbackFileService implements AutoCloseable {

    public static final String ACCOUNT = "stinfra001";
    /** A made-up key for a made-up account; it opens nothing outside this test listener. */
    public static final String KEY = Base64.getEncoder().encodeToString("loopback-test-key-0123456789abcdef".getBytes());

    private final HttpServer server;
    private volatile Predicate<com.sun.net.httpserver.HttpExchange> fault = exchange -> false;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    public LoopbackFileService(Path root) throws IOException {
        Map<String, String> keys = Map.of(ACCOUNT, KEY);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        FileServiceEmulator files = new FileServiceEmulator(account -> Optional.ofNullable(keys.get(account)), root);
        server.createContext("/", exchange -> {
            if (fault.test(exchange)) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            files.handle(exchange);
        });
        server.setExecutor(threads);
        server.start();
    }

    /** The account's endpoint, path-style: {@code http://127.0.0.1:PORT/ACCOUNT}. */
    public String accountEndpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + ACCOUNT;
    }

    /** Requests matching {@code failing} get a bare 500 instead of an answer, until {@link #heal()}. */
    public void failWhen(Predicate<com.sun.net.httpserver.HttpExchange> failing) {
        fault = failing;
    }

    public void heal() {
        fault = exchange -> false;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
