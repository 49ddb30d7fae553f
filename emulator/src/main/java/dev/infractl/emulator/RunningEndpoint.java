package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Where a joinable emulator listens, in {@code endpoint.json} of its state folder while it runs (no token: a client
 * of the same user makes its own from the folder's secret). Another process on the folder joins it through this.
 */
final class RunningEndpoint {

    static final String FILE = "endpoint.json";

    private RunningEndpoint() {
    }

    static void publish(Path stateDir, URI arm, URI files) {
        AtomicFile.write(stateDir.resolve(FILE), Json.text(Json.object().put("arm_endpoint", arm.toString())
                .put("files_endpoint", files.toString()).put("pid", ProcessHandle.current().pid())) + "\n");
    }

    static void withdraw(Path stateDir) {
        try {
            Files.deleteIfExists(stateDir.resolve(FILE));
        } catch (IOException e) {
            // a stale file names a process that no longer runs: joiners check that first
        }
    }

    /** The emulator another live process runs on the folder, if it lets others join. */
    static Optional<LocalAzure> join(Path stateDir) {
        JsonNode endpoint;
        try {
            endpoint = Json.MAPPER.readTree(Files.readString(stateDir.resolve(FILE)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        boolean alive = ProcessHandle.of(endpoint.path("pid").asLong(-1)).map(ProcessHandle::isAlive).orElse(false);
        if (!alive || !endpoint.path("arm_endpoint").isTextual()) {
            return Optional.empty();
        }
        Subscription subscription = Subscription.LOCAL;
        String secret = FolderSecret.in(stateDir, Optional.empty());
        String token = new TokenIssuer(subscription.tenantId(), secret).issue("infractl-local",
                Clock.systemUTC().instant(), Duration.ofDays(1));
        URI arm = URI.create(endpoint.get("arm_endpoint").asText());
        Path ca = stateDir.toAbsolutePath().resolve(SavedTls.CA_FILE);
        return Optional.of(new LocalAzure() {
            @Override
            public URI armEndpoint() {
                return arm;
            }

            @Override
            public Path caCertificate() {
                return ca;
            }

            @Override
            public String token() {
                return token;
            }

            @Override
            public String tenantId() {
                return subscription.tenantId();
            }

            @Override
            public String subscriptionId() {
                return subscription.subscriptionId();
            }

            @Override
            public void close() {
                // the process that runs it stops it
            }
        });
    }
}
