package dev.infractl.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A share in a map, counting one request per call, that can be told to fail uploads of some paths
 * or to die after some uploads, as a killed run leaves the share. */
final class InMemoryFileShare implements FileShare {

    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final Set<String> failingUploads = ConcurrentHashMap.newKeySet();
    /** Paths whose properties were asked for, in any order. */
    final Set<String> described = ConcurrentHashMap.newKeySet();
    /** After this many more uploads every call fails, as a share does for a process that was killed. */
    final AtomicInteger uploadsUntilKilled = new AtomicInteger(Integer.MAX_VALUE);
    private final AtomicLong requests = new AtomicLong();

    @Override
    public Optional<byte[]> read(String path, int limit) {
        requests.incrementAndGet();
        return Optional.ofNullable(files.get(path)).map(content -> Arrays.copyOf(content, Math.min(content.length, limit + 1)));
    }

    @Override
    public Optional<RemoteFile> describe(String path) {
        requests.incrementAndGet();
        described.add(path);
        return Optional.ofNullable(files.get(path)).map(content -> new RemoteFile(content.length, md5(content)));
    }

    @Override
    public void upload(LocalFile file, String path) {
        requests.incrementAndGet();
        if (uploadsUntilKilled.getAndDecrement() <= 0) {
            throw new IllegalStateException("killed");
        }
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
        if (uploadsUntilKilled.get() <= 0) {
            throw new IllegalStateException("killed");
        }
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

    static String md5(byte[] content) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }
}
