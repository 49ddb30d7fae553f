package dev.infractl.emulator.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runner's report: a line per case, failures with their reason, and the N/M summary. */
class FidelityRunnerTest {

    @Test
    void aFailingCaseIsReportedWithItsReasonAndTheOthersStillRun() {
        List<Case> cases = List.of(
                new Case("demo", "passes", c -> { }),
                new Case("demo", "differs", c -> Expect.equal(404, 200, "status")),
                new Case("demo", "throws", c -> {
                    throw new IllegalStateException("connection reset");
                }));
        List<String> lines = new ArrayList<>();

        List<Outcome> outcomes = Suite.run(cases, null, outcome -> lines.add(outcome.line()));

        assertThat(lines).containsExactly("PASS  demo/passes", "FAIL  demo/differs: status: expected 404, got 200",
                "FAIL  demo/throws: IllegalStateException: connection reset");
        assertThat(Suite.summary("fidelity", outcomes)).isEqualTo("fidelity: 1/3");
    }

    @Test
    void outputsAreComparedExactlyByPatternOrWithTheTargetsNames() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var expected = json.readTree("{\"exact\": 3, \"pattern\": \"~st[a-z]+\", \"id\": \"/subscriptions/{subscriptionId}/x\"}");
        var outputs = json.readTree("{\"exact\": {\"value\": 4}, \"pattern\": {\"value\": \"stabc\"},"
                + " \"id\": {\"value\": \"/subscriptions/s-1/x\"}}");

        List<String> differences = CorpusDeployment.differences(expected, outputs, Map.of("{subscriptionId}", "s-1"));

        assertThat(differences).containsExactly("output exact: expected 3, got 4");
    }

    @Test
    void aReportedListKeysAnswerShowsNoKey() {
        Reply keys = new Reply("POST", "/subscriptions/s-1/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st/listKeys",
                200, HttpHeaders.of(Map.of(), (name, value) -> true),
                "{\"keys\": [{\"keyName\": \"key1\", \"value\": \"c2VjcmV0\", \"permissions\": \"FULL\"}]}");

        assertThat(keys.toString()).doesNotContain("c2VjcmV0").contains("\"keyName\": \"key1\"", "REDACTED")
                .doesNotContain("s-1");
    }

    @Test
    void anEndpointLineWithoutItsFieldsNamesThem() {
        assertThatThrownBy(() -> Endpoint.fromLine("{\"arm_endpoint\": \"https://127.0.0.1:1/\"}"))
                .hasMessageContaining("ca_cert").hasMessageContaining("files_endpoint");
    }
}
