package dev.infractl.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamePrefixTest {

    @Test
    void theFineTuningConfigsNamesTellTheGeneration() {
        assertThat(NamePrefix.detect(Map.of("ACA_JOB_NAME", "wasiacajobk3j2x"), Optional.empty()).prefix()).isEqualTo("wasi");
        assertThat(NamePrefix.detect(Map.of("STORAGE_ACCOUNT_NAME", "aistoragek3j2x"), Optional.of("'wasistorage${x}'"))
                .prefix()).isEqualTo("ai");
    }

    @Test
    void withoutConfigValuesTheFineTuningTemplateTellsIt() {
        NamePrefix prefix = NamePrefix.detect(Map.of(), Optional.of(
                "param storageAccountName string = 'wasistorage${substring(uniqueString(resourceGroup().id), 0, 5)}'"));

        assertThat(prefix).isEqualTo(new NamePrefix("wasi", "finetuning.bicep"));
        assertThat(prefix.derive("acaEnvironmentName", "k3j2x")).contains("wasienvk3j2x");
    }

    @Test
    void aProjectWithoutFineTuningFilesGetsTheCurrentPrefix() {
        assertThat(NamePrefix.detect(Map.of(), Optional.empty()).prefix()).isEqualTo("ai");
    }
}
