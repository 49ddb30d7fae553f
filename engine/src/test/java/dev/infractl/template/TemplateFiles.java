package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The repository's own template files, which the jar bundles and `init` writes into projects. */
final class TemplateFiles {

    static final Path FOLDER = Path.of("infra", "provision");
    static final Path BICEP = FOLDER.resolve("inference.bicep");
    static final Path COMPILED = FOLDER.resolve("inference.json");
    static final Path PARAMETERS = FOLDER.resolve("inference.parameters.json");

    private TemplateFiles() {
    }

    static String bicepSource() {
        try {
            return Files.readString(BICEP, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode compiled() {
        return JsonFiles.read(COMPILED);
    }

    static JsonNode parameters() {
        return JsonFiles.read(PARAMETERS);
    }

    /** SHA-256 of the source with CRLF read as LF, as CONTRACTS.md A defines the recorded hash. */
    static String sourceSha256(String source) {
        try {
            byte[] bytes = source.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
