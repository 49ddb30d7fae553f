package dev.infractl.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> NAMES = List.of("maximumInstanceCount", "location", "storageAccountName");

    @Test
    void aMissingLetterFindsTheName() {
        assertThat(Suggestions.closest("maximumInstanceCont", NAMES)).contains("maximumInstanceCount");
    }

    @Test
    void swappedNeighboursCountAsOneEdit() {
        assertThat(Suggestions.distance("loaction", "location")).isEqualTo(1);
        assertThat(Suggestions.closest("loaction", NAMES)).contains("location");
    }

    @Test
    void caseIsIgnored() {
        assertThat(Suggestions.closest("STORAGEACCOUNTNAME", NAMES)).contains("storageAccountName");
    }

    @Test
    void somethingUnrelatedSuggestsNothing() {
        assertThat(Suggestions.closest("gpu", NAMES)).isEmpty();
    }
}
