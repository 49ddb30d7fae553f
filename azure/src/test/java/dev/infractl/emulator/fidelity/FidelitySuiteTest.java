package dev.infractl.emulator.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fidelity case against an emulator: those not in {@link KnownGaps#CASES} answer as Azure does, those in it
 * do not yet (one that starts passing is to be taken out of the set).
 */
class FidelitySuiteTest extends LocalEmulator {

    @Test
    void everyKnownGapNamesACaseOfTheSuite() {
        List<String> ids = Suite.cases().stream().map(Case::id).toList();

        assertThat(ids).doesNotHaveDuplicates().containsAll(KnownGaps.CASES);
    }

    @TestFactory
    Stream<DynamicTest> eachCaseAnswersAsAzureUnlessItIsAKnownGap() {
        return Suite.cases().stream().map(each -> DynamicTest.dynamicTest(each.id(), () -> {
            Outcome outcome = Suite.run(List.of(each), clients, ignored -> { }).get(0);
            answersAsAzureUnlessKnown(outcome, KnownGaps.CASES, each.id(), "KnownGaps.CASES");
        }));
    }
}
