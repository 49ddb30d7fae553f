package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonProgressTest {

    private final Captured captured = new Captured();

    @Test
    void everyLineParsesAndTheLastIsFinishedWithStatusAndOutputs() throws Exception {
        NdjsonProgress progress = new NdjsonProgress(captured.out);
        SampleRun.succeeded().forEach(progress::on);

        List<JsonNode> lines = parse(captured.out());
        assertThat(lines).extracting(line -> line.get("event").asText())
                .containsExactly("validated", "submitted", "resource", "resource", "resource", "finished");
        assertThat(lines.get(2).toString()).isEqualTo("{\"event\":\"resource\",\"resourceType\":\"Microsoft.Storage/storageAccounts\","
                + "\"resourceName\":\"stx\",\"kind\":\"storage account\",\"state\":\"Running\",\"time\":\"2026-11-25T14:00:00.200Z\"}");
        JsonNode finished = lines.get(lines.size() - 1);
        assertThat(finished.get("status").asText()).isEqualTo("Succeeded");
        assertThat(finished.get("outputs").get("ACA_APP_ENDPOINT").asText()).isEqualTo("https://app-x.example");
        assertThat(finished.get("exitCode").asInt()).isZero();
    }

    @Test
    void aFailureCarriesTheNestedErrorTreeFailedOperationsAndHints() throws Exception {
        NdjsonProgress progress = new NdjsonProgress(captured.out);
        SampleRun.failed().forEach(progress::on);

        JsonNode finished = parse(captured.out()).get(2);
        assertThat(finished.get("status").asText()).isEqualTo("Failed");
        assertThat(finished.at("/error/details/0/details/0/code").asText()).isEqualTo("SubscriptionNCA100Gpus");
        assertThat(finished.at("/error/details/0/target").asText()).isEqualTo("cae-x");
        assertThat(finished.at("/failedOperations/0/resourceName").asText()).isEqualTo("cae-x");
        assertThat(finished.at("/hints/0").asText()).contains("GPU quota");
        assertThat(finished.get("exitCode").asInt()).isEqualTo(1);
    }

    private static List<JsonNode> parse(String text) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(JsonFiles.MAPPER.readTree(line));
        }
        return lines;
    }
}
