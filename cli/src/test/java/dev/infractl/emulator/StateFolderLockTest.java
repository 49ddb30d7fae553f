package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 item 5: one emulator per state folder; a second waits for the first or joins a standalone one. */
class StateFolderLockTest {

    @TempDir
    Path state;

    @Test
    void aSecondEmulatorOnTheFolderWaitsUntilTheFirstStopsAndSeesWhatItMade() throws Exception {
        AtomicBoolean firstClosed = new AtomicBoolean();
        CompletableFuture<Boolean> secondSawFirstClosed;
        String ca;
        try (Emulator first = Emulator.start(EmulatorSettings.defaults(state))) {
            ca = Files.readString(first.caCertificate());
            assertThat(Raw.put(first, "/subscriptions/" + first.subscriptionId() + "/resourcegroups/rg-first"
                    + "?api-version=2022-09-01", "{\"location\": \"swedencentral\"}").statusCode()).isEqualTo(201);
            secondSawFirstClosed = CompletableFuture.supplyAsync(() -> {
                try (Emulator second = Emulator.start(EmulatorSettings.defaults(state))) {
                    boolean waited = firstClosed.get();
                    return waited && Raw.get(second, "/subscriptions/" + second.subscriptionId()
                            + "/resourcegroups/rg-first?api-version=2022-09-01").statusCode() == 200;
                }
            });
            firstClosed.set(true);
        }
        assertThat(secondSawFirstClosed.get()).as("the second started only after the first stopped, and saw its group")
                .isTrue();
        assertThat(Files.readString(state.resolve("ca.pem"))).as("one CA for the folder").isEqualTo(ca);
    }

    @Test
    void anotherProcessHoldsTheOsLockAndIsJoinedThroughItsRecordedEndpoint() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.infractl.cli.Main", "emulator", "--port", "0", "--state", state.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            JsonNode line = Json.parse(out.readLine());

            assertThat(StateFolderLock.tryTake(state)).as("the other process holds the folder").isEmpty();
            try (LocalAzure joined = Emulator.startOrJoin(EmulatorSettings.defaults(state))) {
                assertThat(joined.armEndpoint().toString()).isEqualTo(line.path("arm_endpoint").asText());
                assertThat(joined).isNotInstanceOf(Emulator.class);
            }
        } finally {
            child.destroy();
            child.waitFor();
        }
        try (var lock = StateFolderLock.tryTake(state).orElseThrow()) {
            assertThat(List.of(lock)).as("released when that process ends").hasSize(1);
        }
    }
}
