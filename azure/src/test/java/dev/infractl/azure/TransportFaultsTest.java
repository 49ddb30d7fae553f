package dev.infractl.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.infractl.config.JsonFiles;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.Polling;
import dev.infractl.deploy.ProjectTag;
import dev.infractl.deploy.ProvisionEvent;
import dev.infractl.deploy.ProvisionRequest;
import dev.infractl.deploy.Provisioner;
import dev.infractl.deploy.ProvisioningState;
import dev.infractl.deploy.WaitOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 429 with Retry-After, 503 and connection resets between infractl and Resource Manager: the SDK's retry
 * policy absorbs them, and a deployment is never submitted twice under two names.
 */
class TransportFaultsTest {

    private final WireMockServer arm = RecordedArm.start();

    @TempDir
    Path project;

    @AfterEach
    void stop() {
        arm.stop();
    }

    @Test
    void a429WithRetryAfterOnTheSubmissionIsRetriedForTheSameDeployment() {
        arm.stubFor(put(urlPathMatching(RecordedArm.DEPLOYMENT)).inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("accepted").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Rate limit exceeded\"}}")));
        arm.stubFor(put(urlPathMatching(RecordedArm.DEPLOYMENT)).inScenario("throttled").whenScenarioStateIs("accepted")
                .willReturn(RecordedArm.json(201, RecordedArm.body("deployment-accepted.json"))));
        RecordedArm.runsThenFails(arm);

        ProvisionEvent.Finished finished = provision();

        List<LoggedRequest> puts = arm.findAll(putRequestedFor(urlPathMatching(RecordedArm.DEPLOYMENT)));
        assertThat(puts).hasSize(2);
        assertThat(puts).extracting(LoggedRequest::getUrl).containsOnly(puts.get(0).getUrl());
        assertThat(finished.state()).isEqualTo(ProvisioningState.FAILED);
    }

    @Test
    void a503AndAConnectionResetWhilePollingAreRetriedAndNothingIsSubmittedAgain() {
        arm.stubFor(get(urlPathMatching(RecordedArm.DEPLOYMENT)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("reset").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
        arm.stubFor(get(urlPathMatching(RecordedArm.OPERATIONS)).inScenario("flaky")
                .whenScenarioStateIs("reset").willSetStateTo("done")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        arm.stubFor(get(urlPathMatching(RecordedArm.DEPLOYMENT)).inScenario("flaky").whenScenarioStateIs("reset")
                .willReturn(RecordedArm.json(200, RecordedArm.body("deployment-failed.json"))));
        arm.stubFor(get(urlPathMatching(RecordedArm.OPERATIONS)).inScenario("flaky").whenScenarioStateIs("done")
                .willReturn(RecordedArm.json(200, RecordedArm.body("operations-failed.json"))));
        arm.stubFor(get(urlPathMatching(RecordedArm.DEPLOYMENT)).inScenario("flaky").whenScenarioStateIs("done")
                .willReturn(RecordedArm.json(200, RecordedArm.body("deployment-failed.json"))));

        ProvisionEvent.Finished finished = provision();

        assertThat(arm.findAll(getRequestedFor(urlPathMatching(RecordedArm.DEPLOYMENT))).size()).isGreaterThanOrEqualTo(2);
        assertThat(arm.findAll(getRequestedFor(urlPathMatching(RecordedArm.OPERATIONS))).size())
                .isGreaterThanOrEqualTo(2);
        assertThat(arm.findAll(putRequestedFor(urlPathMatching(RecordedArm.DEPLOYMENT)))).hasSize(1);
        assertThat(finished.state()).isEqualTo(ProvisioningState.FAILED);
        assertThat(finished.failure().orElseThrow().error().mentions("SubscriptionNCA100Gpus")).isTrue();
        assertThat(finished.failure().orElseThrow().failedOperations()).hasSize(1);
    }

    private ProvisionEvent.Finished provision() {
        AzureConnection connection = AzureConnection.open(ConnectionSettings.forCloud(Cloud.AZURE_CLOUD)
                .withArmEndpoint(URI.create(arm.baseUrl()), null).withAccessToken("recorded-token"));
        DeploymentTarget target = new DeploymentTarget(RecordedArm.SUBSCRIPTION, RecordedArm.GROUP, null,
                Cloud.AZURE_CLOUD.portalUrl());
        ProvisionRequest request = new ProvisionRequest(target,
                JsonFiles.MAPPER.createObjectNode().put("$schema", "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"),
                JsonFiles.MAPPER.createObjectNode(), new ProjectTag("phi3-project"), project.resolve("inference.config.json"),
                WaitOptions.untilDone());
        Interruption interruption = new Interruption();
        return new Provisioner(connection.deployments(RecordedArm.SUBSCRIPTION, RecordedArm.GROUP),
                connection.resourceGroups(RecordedArm.SUBSCRIPTION), event -> { }, question -> true,
                new Polling(Clock.systemUTC(), duration -> { }, interruption)).provision(request);
    }
}
