package dev.infractl.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * The state folder's random secret, in {@code secret} beside the server key and readable by its owner only. Keys and
 * token signatures derive from it, and secure parameter values are sealed with it, so none of them is written down in
 * plain text. A state.json from before it existed kept it as {@code seed}: that value moves here, so keys stay.
 */
final class FolderSecret {

    static final String FILE = "secret";

    private FolderSecret() {
    }

    static String in(Path stateDir, Optional<String> legacySeed) {
        Path file = stateDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the emulator's secret " + file, e);
        }
        String secret = legacySeed.orElseGet(() -> UUID.randomUUID() + "-" + UUID.randomUUID());
        AtomicFile.write(file, secret + "\n");
        return secret;
    }
}
