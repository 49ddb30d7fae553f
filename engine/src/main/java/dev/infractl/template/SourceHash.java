package dev.infractl.template;

import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that {@code inference.json} records of the Bicep it was compiled from (contract A): SHA-256 of
 * the file's bytes with every CRLF replaced by LF, as 64 lowercase hex digits. Line endings are left out
 * so that a checkout with {@code core.autocrlf} still matches.
 */
public final class SourceHash {

    private SourceHash() {
    }

    public static String of(Path bicepFile) {
        try {
            return of(Files.readAllBytes(bicepFile));
        } catch (IOException e) {
            throw InfractlException.badInput("cannot read " + bicepFile + ": " + e.getMessage(),
                    SourceLocation.of(bicepFile), null);
        }
    }

    public static String of(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(withLineFeeds(content)));
    }

    /** The bytes with each CR that starts a CRLF pair dropped; a lone CR stays. */
    static byte[] withLineFeeds(byte[] content) {
        ByteArrayOutputStream normalised = new ByteArrayOutputStream(content.length);
        for (int i = 0; i < content.length; i++) {
            boolean crBeforeLf = content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n';
            if (!crBeforeLf) {
                normalised.write(content[i]);
            }
        }
        return normalised.toByteArray();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
