package dev.infractl.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Templates from the test resources. */
final class Templates {

    private Templates() {
    }

    /** A copy shaped like infra/provision/inference.json (same resources, parameters and outputs). */
    static String inference() {
        return read("inference.json");
    }

    static String read(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
