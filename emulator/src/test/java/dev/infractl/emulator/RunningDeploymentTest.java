package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A deployment slow enough to still run while the test talks to it (speed 0.01: minutes per resource). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunningDeploymentTest {

    Emulator emulator;
    String group;

    @BeforeAll
    void start(@TempDir Path state) {
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(0.01));
        group = "/subscriptions/" + emulator.subscriptionId() + "/resourcegroups/rg-slow";
        Raw.put(emulator, group + "?api-version=2024-03-01", "{\"location\": \"swedencentral\"}");
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    HttpResponse<String> submit(String name) {
        return Raw.put(emulator, group + "/providers/Microsoft.Resources/deployments/" + name + "?api-version=2024-03-01",
                "{\"properties\": {\"mode\": \"Incremental\", \"template\": " + Templates.inference() + "}}");
    }

    @Test
    void aSubmittedDeploymentIsAcceptedWithTheAsyncHeaders() {
        HttpResponse<String> response = submit("headers");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Azure-AsyncOperation")).get().asString().contains("/operationStatuses/");
        assertThat(response.headers().firstValue("Location")).get().asString().contains("/operationResults/");
        assertThat(response.headers().firstValue("Retry-After")).contains("1");
        String state = Json.parse(response.body()).path("properties").path("provisioningState").asText();
        assertThat(state).isIn("Accepted", "Running");
        String status = response.headers().firstValue("Azure-AsyncOperation").get();
        assertThat(Json.parse(Raw.get(emulator, status.substring(status.indexOf("/subscriptions"))).body())
                .path("status").asText()).isEqualTo("Running");
    }

    @Test
    void aBodyWithAnUnquotedTemplateFieldAsTheAzCliSendsItIsAccepted() {
        HttpResponse<String> response = Raw.put(emulator, group
                + "/providers/Microsoft.Resources/deployments/az-style?api-version=2021-04-01",
                "{\"properties\": {\"mode\": \"Incremental\", template:" + Templates.inference() + "}}");

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aSecondPutOfARunningDeploymentIsDeploymentActiveWhileAnotherNameRunsAlongside() {
        submit("busy");

        HttpResponse<String> again = submit("busy");
        HttpResponse<String> other = submit("other");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Json.parse(again.body()).path("error").path("code").asText()).isEqualTo("DeploymentActive");
        assertThat(other.statusCode()).isEqualTo(201);
    }

    @Test
    void cancelStopsARunningDeploymentAndASecondCancelIsAConflict() {
        submit("stop-me");
        String deployment = group + "/providers/Microsoft.Resources/deployments/stop-me";

        HttpResponse<String> cancel = Raw.post(emulator, deployment + "/cancel?api-version=2024-03-01", "");
        JsonNode after = Json.parse(Raw.get(emulator, deployment + "?api-version=2024-03-01").body());
        HttpResponse<String> again = Raw.post(emulator, deployment + "/cancel?api-version=2024-03-01", "");

        assertThat(cancel.statusCode()).isEqualTo(204);
        assertThat(after.path("properties").path("provisioningState").asText()).isEqualTo("Canceled");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Json.parse(again.body()).path("error").path("code").asText()).isEqualTo("DeploymentCannotBeCancelled");
    }

    @Test
    void theListFiltersByProvisioningStateAsArmDoes() {
        submit("listed");

        JsonNode running = Json.parse(Raw.get(emulator, group + "/providers/Microsoft.Resources/deployments/"
                + "?api-version=2024-03-01&$filter=provisioningState%20eq%20'Running'").body());
        JsonNode succeeded = Json.parse(Raw.get(emulator, group + "/providers/Microsoft.Resources/deployments/"
                + "?api-version=2024-03-01&$filter=provisioningState%20eq%20'Succeeded'").body());

        assertThat(running.path("value")).extracting(d -> d.path("name").asText()).contains("listed");
        assertThat(succeeded.path("value")).isEmpty();
    }

    @Test
    void independentResourcesRunInParallel() {
        submit("parallel");
        JsonNode operations = Json.parse(Raw.get(emulator, group
                + "/providers/Microsoft.Resources/deployments/parallel/operations?api-version=2024-03-01").body());

        assertThat(operations.path("value")).extracting(op -> op.path("properties").path("targetResource")
                .path("resourceType").asText())
                .containsExactlyInAnyOrder("Microsoft.Storage/storageAccounts", "Microsoft.OperationalInsights/workspaces");
        assertThat(operations.path("value")).allSatisfy(op -> {
            assertThat(op.path("properties").path("provisioningState").asText()).isEqualTo("Running");
            assertThat(Duration.parse(op.path("properties").path("duration").asText()).isNegative()).isFalse();
        });
    }
}
