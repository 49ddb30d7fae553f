package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommittedTemplateTest {

    private static final String HASH = "a".repeat(64);

    @Test
    void recordsTheSourceBesideBicepsGeneratorBlock() throws Exception {
        JsonNode compiled = JsonFiles.MAPPER.readTree(FakeBicep.TEMPLATE);

        ObjectNode recorded = CommittedTemplate.withSource(compiled, "inference.bicep", HASH);

        assertThat(recorded.path("metadata").path("_generator").path("name").asText()).isEqualTo("bicep");
        assertThat(recorded.path("metadata").path("infractl").path("sourceFile").asText()).isEqualTo("inference.bicep");
        assertThat(CommittedTemplate.recordedHash(recorded)).contains(HASH);
        assertThat(compiled.path("metadata").has("infractl")).as("the input is left alone").isFalse();
    }

    @Test
    void putsMissingMetadataAfterTheHeader() throws Exception {
        JsonNode compiled = JsonFiles.MAPPER.readTree("{\"$schema\": \"s\", \"contentVersion\": \"1.0.0.0\","
                + " \"parameters\": {}, \"resources\": []}");

        ObjectNode recorded = CommittedTemplate.withSource(compiled, "inference.bicep", HASH);

        assertThat(List.of(recorded.fieldNames().next(), fieldAt(recorded, 2)))
                .containsExactly("$schema", "metadata");
        assertThat(CommittedTemplate.recordedHash(recorded)).contains(HASH);
    }

    @Test
    void aTemplateWithoutTheRecordHasNoHash() throws Exception {
        assertThat(CommittedTemplate.recordedHash(JsonFiles.MAPPER.readTree("{\"metadata\": {}}"))).isEmpty();
    }

    @Test
    void theJsonLivesBesideTheBicep() {
        assertThat(CommittedTemplate.beside(Path.of("/p/infra/provision/inference.bicep")))
                .isEqualTo(Path.of("/p/infra/provision/inference.json"));
    }

    private static String fieldAt(JsonNode node, int index) {
        var names = node.fieldNames();
        for (int i = 0; i < index; i++) {
            names.next();
        }
        return names.next();
    }
}
