package dev.infractl.template;

import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The disk cache's key for one compile: SHA-256 over the compiler's version, the entry file, and every
 * {@code .bicep} file (modules included) and {@code bicepconfig.json} under the template's folder, by
 * sorted relative path with CRLF read as LF. Any edit, and any new compiler, gives a new key.
 */
final class CacheKey {

    private static final String FORMAT = "infractl-bicep-cache/1";

    private CacheKey() {
    }

    static String of(Path bicepFile, String compilerVersion) {
        Path folder = bicepFile.toAbsolutePath().getParent();
        MessageDigest digest = SourceHash.sha256();
        update(digest, FORMAT + "\ncompiler " + compilerVersion + "\nentry " + relative(folder, bicepFile) + "\n");
        for (Path source : sources(folder)) {
            byte[] content = SourceHash.withLineFeeds(read(source));
            update(digest, "file " + relative(folder, source) + " " + content.length + "\n");
            digest.update(content);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> sources(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".bicep")
                            || file.getFileName().toString().equals("bicepconfig.json"))
                    .sorted(Comparator.comparing(file -> relative(folder, file)))
                    .toList();
        } catch (IOException e) {
            throw unreadable(folder, e);
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static InfractlException unreadable(Path path, IOException e) {
        return InfractlException.badInput("cannot read " + path + ": " + e, SourceLocation.of(path), null);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
