package dev.infractl.sync;

import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The local folder to sync, walked with the ignore rules, each file hashed. */
public final class LocalTree {

    /** Folders of the share that hold what the app downloads or caches; the sync never writes or deletes there. */
    public static final Set<String> PROTECTED = Set.of("models", "model-cache", "cache");

    private LocalTree() {
    }

    /**
     * The files to sync. Symbolic links are followed only while they stay inside {@code root}: a link that
     * resolves outside it (a file such as ~/.ssh/id_rsa, or a folder) is skipped with a warning, whatever the
     * route ({@code ..}, an absolute target, a chain of links). Names Azure Files cannot hold are skipped too.
     */
    public static List<LocalFile> scan(Path root, IgnoreRules rules, Consumer<SyncEvent> events) {
        if (!Files.isDirectory(root)) {
            throw InfractlException.badInput("the folder to deploy does not exist: " + root, SourceLocation.of(root),
                    "put the app code in inference/ (see examples/phi3-inference), or run deploy from the project folder with -C");
        }
        List<LocalFile> files = new ArrayList<>();
        try {
            Path realRoot = root.toRealPath();
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
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
                    if (rules.ignored(path, true) || !inside(realRoot, dir, path + "/", events) || !nameFits(path + "/", events)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String path = relative(root, file);
                    if (rules.ignored(path, false) || !inside(realRoot, file, path, events) || !nameFits(path, events)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isRegularFile()) {
                        files.add(new LocalFile(path, file, attributes.size(), md5(file)));
                    } else if (attributes.isSymbolicLink()) {
                        events.accept(new SyncEvent.Warning(path, "skipped: a symbolic link whose target does not exist"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                    if (failure instanceof FileSystemLoopException) {
                        events.accept(new SyncEvent.Warning(relative(root, file) + "/",
                                "skipped: a symbolic link to a folder that contains it (a loop)"));
                        return FileVisitResult.CONTINUE;
                    }
                    throw failure;
                }
            });
        } catch (IOException e) {
            throw InfractlException.badInput("cannot read " + root + ": " + e.getMessage(), SourceLocation.of(root),
                    "check the folder's permissions");
        }
        files.sort(Comparator.comparing(LocalFile::path));
        return files;
    }

    /** True unless {@code entry} is a link that resolves outside the synced folder; that one is warned about. */
    private static boolean inside(Path realRoot, Path entry, String path, Consumer<SyncEvent> events) {
        if (!Files.isSymbolicLink(entry)) {
            return true;
        }
        try {
            if (entry.toRealPath().startsWith(realRoot)) {
                return true;
            }
            events.accept(new SyncEvent.Warning(path, "skipped: a symbolic link to " + Files.readSymbolicLink(entry)
                    + ", outside inference/; deploy uploads only what is inside it (copy the file in if the app needs it)"));
        } catch (IOException e) {
            events.accept(new SyncEvent.Warning(path, "skipped: a symbolic link whose target does not exist"));
        }
        return false;
    }

    private static boolean nameFits(String path, Consumer<SyncEvent> events) {
        return ShareNames.problem(path.endsWith("/") ? path.substring(0, path.length() - 1) : path).map(problem -> {
            events.accept(new SyncEvent.Warning(path, "skipped: " + problem));
            return false;
        }).orElse(true);
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
