package dev.infractl.app;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The Container Apps log stream: which streams there are for a request, and one open stream's lines. */
public interface LogSource {

    /** One stream: a replica's container console, or the app's system events. */
    record Target(String label, String address) {
    }

    /** An open stream; {@link #next()} is empty at its end and throws when the connection drops. */
    interface Connection extends AutoCloseable {
        Optional<String> next() throws IOException;

        @Override
        void close();
    }

    List<Target> targets(LogRequest request);

    Connection open(Target target, boolean follow, int tail) throws IOException;
}
