package dev.infractl.emulator.files;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/** The Files handler on a plain-HTTP loopback listener, for tests that talk to it through the real SDK. */
public final class LoopbackFileService implements AutoCloseable {

    public static final String ACCOUNT = "stinfra001";
    /** A made-up key for a made-up account; it opens nothing outside this test listener. */
    public static final String KEY = Base64.getEncoder().encodeToString("loopback-test-key-0123456789abcdef".getBytes());

    private final FilesListener listener;
    private volatile Predicate<Request> fault = request -> false;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    public LoopbackFileService(Path root) throws IOException {
        Map<String, String> keys = Map.of(ACCOUNT, KEY);
        FileServiceEmulator files = new FileServiceEmulator(account -> Optional.ofNullable(keys.get(account)), root);
        listener = new FilesListener(new ServerSocket(0, 64, InetAddress.getLoopbackAddress()), threads,
                request -> fault.test(Request.of(request)) ? new Reply(500) : files.handle(request));
    }

    /** The account's endpoint, path-style: {@code http://127.0.0.1:PORT/ACCOUNT}. */
    public String accountEndpoint() {
        return "http://127.0.0.1:" + listener.port() + "/" + ACCOUNT;
    }

    /** Requests matching {@code failing} get a bare 500 instead of an answer, until {@link #heal()}. */
    public void failWhen(Predicate<Request> failing) {
        fault = failing;
    }

    public void heal() {
        fault = request -> false;
    }

    /** What a fault sees of a request: its method, target and headers (first value of each, any case). */
    public record Request(String method, URI uri, Map<String, String> headers) {

        static Request of(FilesRequest request) {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            request.headers().forEach((name, values) -> headers.put(name, values.get(0)));
            return new Request(request.method(), request.uri(), headers);
        }
    }

    @Override
    public void close() {
        listener.close();
        threads.shutdownNow();
    }
}
