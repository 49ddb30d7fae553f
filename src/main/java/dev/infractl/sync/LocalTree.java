package dev.infractl.sync;

import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The local folder to sync, walked with the ignore rules, each file hashed. */
public final class LocalTree {

    /** Folders of the share that hold what the app downloads or caches; the sync never writes or deletes there. */
    public static final Set<String> PROTECTED = Set.of("models", "model-cache", "cache");

    private LocalTree() {
    }

    public static List<LocalFile> scan(Path root, IgnoreRules rules, Consumer<SyncEvent> events) {
        if (!Files.isDirectory(root)) {
            throw InfractlException.badInput("the folder to deploy does not exist: " + root, SourceLocation.of(root),
                    "put the app code in inference/ (see examples/phi3-inference), or run deploy from the project folder with -C");
        }
        List<LocalFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String path = relative(root, dir);
                    if (path.isEmpty()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isProtected(path)) {
                        events.accept(new SyncEvent.Skipped(path + "/", "the share keeps " + path + "/ for the app; deploy never touches it"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return rules.ignored(path, true) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String path = relative(root, file);
                    if (!rules.ignored(path, false) && Files.isRegularFile(file)) {
                        files.add(new LocalFile(path, file, Files.size(file), md5(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw InfractlException.badInput("cannot read " + root + ": " + e.getMessage(), SourceLocation.of(root),
                    "check the folder's permissions");
        }
        files.sort(Comparator.comparing(LocalFile::path));
        return files;
    }

    /** True for a path inside one of the {@link #PROTECTED} folders at the top of the synced folder. */
    public static boolean isProtected(String path) {
        int slash = path.indexOf('/');
        return PROTECTED.contains(slash < 0 ? path : path.substring(0, slash));
    }

    static String md5(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("MD5"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return Base64.getEncoder().encodeToString(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(File.separatorChar, '/');
    }
}
