package dev.infractl.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A share in a map, counting one request per call, that can be told to fail uploads of some paths. */
final class InMemoryFileShare implements FileShare {

    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final Set<String> failingUploads = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();

    @Override
    public Optional<byte[]> read(String path) {
        requests.incrementAndGet();
        return Optional.ofNullable(files.get(path));
    }

    @Override
    public void upload(LocalFile file, String path) {
        requests.incrementAndGet();
        if (failingUploads.contains(path)) {
            throw new IllegalStateException("connection reset while uploading " + path);
        }
        try {
            files.put(path, Files.readAllBytes(file.source()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(String path, byte[] content) {
        requests.incrementAndGet();
        files.put(path, content);
    }

    @Override
    public void delete(String path) {
        requests.incrementAndGet();
        files.remove(path);
    }

    @Override
    public long requests() {
        return requests.get();
    }

    String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }
}
