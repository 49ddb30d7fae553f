package dev.infractl.emulator;

import java.net.URI;
import java.nio.file.Path;

/** What a client needs of a local emulator, whether this process runs it or joined the one another process runs. */
public interface LocalAzure extends AutoCloseable {

    URI armEndpoint();

    Path caCertificate();

    String token();

    String tenantId();

    String subscriptionId();

    /** Stops the emulator this process runs; leaves one it joined running. */
    @Override
    void close();
}
