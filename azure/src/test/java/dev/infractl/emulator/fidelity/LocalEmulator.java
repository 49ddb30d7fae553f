package dev.infractl.emulator.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * For the tests that run cases or templates: one in-process emulator per test class, set up as scripts/fidelity.sh
 * sets up its standalone one, and clients pointed at it the way the runner points them (through its endpoint only).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LocalEmulator {

    private Emulator emulator;
    Clients clients;

    /** Half speed: the inference template deploys in about 5 s, long enough for the cancel case to catch it running. */
    @BeforeAll
    void start(@TempDir Path state) {
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(0.5).withAppStartup(Duration.ZERO));
        clients = new Clients(new Endpoint(emulator.armEndpoint(), emulator.caCertificate(), emulator.token(),
                emulator.subscriptionId(), emulator.tenantId(), emulator.filesEndpoint()), FidelityRunner.runId());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    /** Passes unless it is a known gap; a known gap must still fail, or be deleted from its set. */
    static void answersAsAzureUnlessKnown(Outcome outcome, Set<String> gaps, String key, String setName) {
        if (gaps.contains(key)) {
            assertThat(outcome.passed()).as("'%s' now answers as Azure does: delete it from %s", key, setName).isFalse();
        } else {
            assertThat(outcome.passed()).as(outcome.line()).isTrue();
        }
    }
}
