package dev.infractl.emulator.files;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Shares, directories and files on disk: {@code root/{account}/{share}/...} holds exactly what the share
 * holds, so a person can look at it; properties live beside it under {@code root/{account}/.properties/}.
 * Namespace changes are serialised; range writes to different files run in parallel.
 */
final class ShareStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path root;

    ShareStore(Path root) {
        this.root = root;
    }

    synchronized void createShare(SharePath share) throws IOException {
        Path folder = shareFolder(share);
        if (Files.isDirectory(folder)) {
            throw new FilesServiceError(409, "ShareAlreadyExists", "The specified share already exists.");
        }
        Files.createDirectories(folder);
    }

    synchronized void ensureShare(SharePath share) throws IOException {
        Files.createDirectories(shareFolder(share));
    }

    synchronized void deleteShare(SharePath share) throws IOException {
        requireShare(share);
        deleteTree(shareFolder(share));
        deleteTree(propertiesFile(share).getParent().resolve(share.share()));
        Files.deleteIfExists(shareMetadataFile(share));
    }

    /** The share's own metadata (Set Share Metadata), names as the client set them and matched in any case. */
    Map<String, String> shareMetadata(SharePath share) throws IOException {
        requireShare(share);
        Path file = shareMetadataFile(share);
        Map<String, String> metadata = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (Files.isRegularFile(file)) {
            metadata.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() { }));
        }
        return metadata;
    }

    /** Replaces the share's metadata as Set Share Metadata does, and moves the share's ETag. */
    synchronized void writeShareMetadata(SharePath share, Map<String, String> metadata) throws IOException {
        requireShare(share);
        Path file = shareMetadataFile(share);
        Files.createDirectories(file.getParent());
        Files.write(file, JSON.writeValueAsBytes(metadata));
        touch(shareFolder(share));
    }

    /** A storage account was deleted: its shares, files and properties go with it. */
    synchronized void deleteAccount(String account) throws IOException {
        deleteTree(root.resolve(account));
    }

    void requireShare(SharePath any) {
        if (!Files.isDirectory(shareFolder(any))) {
            throw FilesServiceError.shareNotFound();
        }
    }

    /** The data file or directory, which must exist as that kind. */
    Path existing(SharePath path, boolean directory) {
        requireShare(path);
        Path location = location(path);
        if (directory ? !Files.isDirectory(location) : !Files.isRegularFile(location)) {
            throw FilesServiceError.resourceNotFound();
        }
        return location;
    }

    synchronized void createDirectory(SharePath path) throws IOException {
        requireParent(path);
        if (Files.exists(location(path))) {
            throw FilesServiceError.alreadyExists();
        }
        Files.createDirectory(location(path));
    }

    /** Creates or replaces a file of {@code size} zero bytes, as the service's Create File does. */
    synchronized void createFile(SharePath path, long size, FileProperties properties) throws IOException {
        requireParent(path);
        Path location = location(path);
        if (Files.isDirectory(location)) {
            throw new FilesServiceError(409, "ResourceTypeMismatch", "The specified resource type does not match the type in the URI.");
        }
        try (FileChannel channel = FileChannel.open(location, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            if (size > 0) {
                channel.write(ByteBuffer.allocate(1), size - 1);
            }
        }
        writeProperties(path, properties);
    }

    /** Copies a file's bytes over {@code target} (made or replaced); answers the size copied. */
    synchronized long copyFile(SharePath source, SharePath target) throws IOException {
        Path from = existing(source, false);
        requireParent(target);
        Path to = location(target);
        if (Files.isDirectory(to)) {
            throw new FilesServiceError(409, "ResourceTypeMismatch", "The specified resource type does not match the type in the URI.");
        }
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        touch(to);
        return Files.size(to);
    }

    /**
     * Moves the data file's modification time forward, past its previous value: the ETag and Last-Modified derive
     * from it, and the service gives every write a new ETag even when two writes fall in one clock tick (the
     * kernel's file times advance only every few milliseconds).
     */
    private static void touch(Path data) throws IOException {
        Instant previous = Files.getLastModifiedTime(data).toInstant();
        Instant now = Instant.now();
        Files.setLastModifiedTime(data, FileTime.from(now.isAfter(previous) ? now : previous.plusMillis(1)));
    }

    void writeRange(SharePath path, long offset, byte[] data, boolean clear) throws IOException {
        Path location = existing(path, false);
        if (offset + data.length > Files.size(location)) {
            throw new FilesServiceError(416, "InvalidRange", "The range specified is invalid for the current size of the resource.");
        }
        try (FileChannel channel = FileChannel.open(location, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(clear ? new byte[data.length] : data), offset);
        }
        synchronized (this) {
            touch(location);
        }
    }

    synchronized void resize(SharePath path, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(existing(path, false), StandardOpenOption.WRITE)) {
            if (size < channel.size()) {
                channel.truncate(size);
            } else if (size > channel.size()) {
                channel.write(ByteBuffer.allocate(1), size - 1);
            }
        }
        touch(existing(path, false));
    }

    FileProperties properties(SharePath path) throws IOException {
        existing(path, false);
        Path file = propertiesFile(path);
        return Files.isRegularFile(file) ? JSON.readValue(file.toFile(), FileProperties.class) : FileProperties.empty();
    }

    synchronized void writeProperties(SharePath path, FileProperties properties) throws IOException {
        Path file = propertiesFile(path);
        Files.createDirectories(file.getParent());
        Files.write(file, JSON.writeValueAsBytes(properties));
        touch(existing(path, false));
    }

    /** The account's shares, ordered by name as List Shares returns them. */
    List<Path> shares(String account) throws IOException {
        Path folder = root.resolve(account);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(entry -> entry.getFileName().toString())).toList();
        }
    }

    synchronized void deleteFile(SharePath path) throws IOException {
        Files.delete(existing(path, false));
        Files.deleteIfExists(propertiesFile(path));
    }

    synchronized void deleteDirectory(SharePath path) throws IOException {
        if (path.isShareRoot()) {
            throw FilesServiceError.badRequest("InvalidUri", "The share's root directory cannot be deleted.");
        }
        try {
            Files.delete(existing(path, true));
        } catch (DirectoryNotEmptyException e) {
            throw new FilesServiceError(409, "DirectoryNotEmpty", "The specified directory is not empty.");
        }
        deleteTree(propertiesFile(path).resolveSibling(path.name()));
    }

    /** Moves a file or directory; an existing file at the target is replaced only when asked. */
    synchronized void rename(SharePath source, SharePath target, boolean directory, boolean replace) throws IOException {
        Path from = existing(source, directory);
        requireParent(target);
        Path to = location(target);
        if (Files.exists(to)) {
            if (!replace || Files.isDirectory(to)) {
                throw FilesServiceError.alreadyExists();
            }
            deleteFile(target);
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        Path fromProperties = directory ? propertiesFile(source).resolveSibling(source.name()) : propertiesFile(source);
        if (Files.exists(fromProperties)) {
            Path toProperties = directory ? propertiesFile(target).resolveSibling(target.name()) : propertiesFile(target);
            Files.createDirectories(toProperties.getParent());
            Files.move(fromProperties, toProperties, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Children of a directory, ordered by name as the service lists them. */
    List<Path> children(SharePath directory) throws IOException {
        try (Stream<Path> entries = Files.list(existing(directory, true))) {
            return entries.sorted(Comparator.comparing(entry -> entry.getFileName().toString())).toList();
        }
    }

    private void requireParent(SharePath path) {
        requireShare(path);
        if (!Files.isDirectory(location(path.parent()))) {
            throw FilesServiceError.parentNotFound();
        }
    }

    private Path shareFolder(SharePath path) {
        return root.resolve(path.account()).resolve(path.share());
    }

    private Path location(SharePath path) {
        return path.isShareRoot() ? shareFolder(path) : shareFolder(path).resolve(path.path());
    }

    /** Beside the share's folder of properties; share names have no dot, so no share's folder is named so. */
    private Path shareMetadataFile(SharePath share) {
        return root.resolve(share.account()).resolve(".properties").resolve(share.share() + ".json");
    }

    private Path propertiesFile(SharePath path) {
        Path folder = root.resolve(path.account()).resolve(".properties").resolve(path.share());
        if (path.isShareRoot()) {
            return folder;
        }
        String name = path.name() + ".json";
        // A file name may use all 255 bytes the disk allows; its properties then go under a digest of the name.
        if (name.getBytes(StandardCharsets.UTF_8).length > 255) {
            name = "~" + HexFormat.of().formatHex(sha256(path.name())) + ".json";
        }
        return folder.resolve(path.parent().path()).resolve(name);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(entry -> {
                try {
                    Files.delete(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
