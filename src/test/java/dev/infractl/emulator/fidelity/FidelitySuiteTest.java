package dev.infractl.emulator.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.emulator.Emulator;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fidelity case against an emulator: those not in {@link KnownGaps#CASES} answer as Azure does, those in it
 * do not yet (one that starts passing is to be taken out of the set).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FidelitySuiteTest {

    Emulator emulator;
    Clients clients;

    @BeforeAll
    void start(@TempDir Path state) {
        emulator = LocalEmulator.start(state);
        clients = new Clients(LocalEmulator.endpoint(emulator), FidelityRunner.runId());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void everyKnownGapNamesACaseOfTheSuite() {
        List<String> ids = Suite.cases().stream().map(Case::id).toList();

        assertThat(ids).doesNotHaveDuplicates().containsAll(KnownGaps.CASES);
    }

    @TestFactory
    Stream<DynamicTest> eachCaseAnswersAsAzureUnlessItIsAKnownGap() {
        return Suite.cases().stream().map(each -> DynamicTest.dynamicTest(each.id(), () -> {
            Outcome outcome = Suite.run(List.of(each), clients, ignored -> { }).get(0);
            if (KnownGaps.CASES.contains(each.id())) {
                assertThat(outcome.passed()).as("'%s' now answers as Azure does: delete it from KnownGaps.CASES",
                        each.id()).isFalse();
            } else {
                assertThat(outcome.passed()).as(outcome.line()).isTrue();
            }
        }));
    }
}
