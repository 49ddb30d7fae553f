package dev.infractl.emulator;

import dev.infractl.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The emulator's state and certificate files, written atomically; a failure is the emulator's own fault. A new
 * file is readable by its owner only (see AtomicFiles): it may hold a private key.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    static void write(Path file, String text) {
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
