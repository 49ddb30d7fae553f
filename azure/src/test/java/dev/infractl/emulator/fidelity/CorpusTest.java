package dev.infractl.emulator.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus template deploys to the emulator with the outputs Azure would give, except the known gaps
 * ({@link KnownGaps#CORPUS}), which still fail (one that starts deploying is to be taken out of the set).
 */
class CorpusTest extends LocalEmulator {

    @Test
    void theCorpusCoversTheConstructsRealTemplatesUseAndEveryKnownGapIsInIt() {
        List<CorpusTemplate> corpus = CorpusTemplate.all();
        String all = String.join("\n", corpus.stream().map(CorpusTemplate::template).toList());

        assertThat(corpus).extracting(CorpusTemplate::name).containsAll(KnownGaps.CORPUS);
        assertThat(corpus).allSatisfy(template -> assertThat(template.expectedOutputs().size())
                .as("outputs expected of %s", template.name()).isPositive());
        assertThat(List.of("\"languageVersion\": \"2.0\"", "\"existing\": true", "\"scope\": \"inner\"", "\"copy\"",
                "\"condition\"", "copyIndex('ipRules')", "Microsoft.Authorization/roleAssignments", "userAssignedIdentities",
                "\"SystemAssigned", "listKeys(", "reference(")).allSatisfy(construct ->
                assertThat(all.contains(construct)).as("some corpus template uses %s", construct).isTrue());
    }

    @TestFactory
    Stream<DynamicTest> eachTemplateDeploysWithAzuresOutputsUnlessItIsAKnownGap() {
        return CorpusTemplate.all().stream().map(template -> DynamicTest.dynamicTest(template.name(), () -> {
            Outcome outcome = CorpusDeployment.run(template, clients);
            answersAsAzureUnlessKnown(outcome, KnownGaps.CORPUS, template.name(), "KnownGaps.CORPUS");
        }));
    }
}
