package dev.infractl.deploy;

import static dev.infractl.deploy.ProvisioningState.RUNNING;
import static dev.infractl.deploy.ProvisioningState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs of one project: one deployment, the second attaches, and only when it asks for the same thing. */
class ProvisionRacesTest {

    @TempDir
    Path project;

    private final InMemoryGateway azure = new InMemoryGateway();
    private final FakeTime time = FakeTime.at("2026-12-01T04:30:05Z");
    private final List<ProvisionEvent> events = new ArrayList<>();
    private final List<String> order = new ArrayList<>();

    @Test
    void aDeploymentAnotherRunSubmittedWhileWeValidatedIsAttachedToNotSubmittedTwice() {
        azure.then(SUCCEEDED);
        DeploymentGateway racing = new Recording(azure) {
            @Override
            public Optional<DeploymentSummary> latest(ProjectTag project) {
                order.add("latest");
                // the other run's PUT landed while our validation was on its way
                return azure.validated.isEmpty() ? Optional.empty()
                        : Optional.of(new DeploymentSummary("inference-20261201-043004", RUNNING, Instant.EPOCH));
            }
        };

        ProvisionEvent.Finished finished = new Provisioner(racing, azure, events::add, question -> true, time.polling(),
                lock()).provision(request(parameters(), false));

        assertThat(azure.submitted).isEmpty();
        assertThat(finished.deploymentName()).isEqualTo("inference-20261201-043004");
        assertThat(finished.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theLockIsHeldFromTheLastLookAtTheDeploymentsUntilThePutIsAccepted() {
        azure.then(SUCCEEDED);

        new Provisioner(new Recording(azure), azure, events::add, question -> true, time.polling(), lock())
                .provision(request(parameters(), false));

        assertThat(order).containsExactly("lock", "latest", "submit", "unlock");
        assertThat(azure.submitted).hasSize(1);
    }

    @Test
    void aRunningDeploymentWithOtherParametersIsRefusedNamingEachDifference() {
        azure.running("inference-20261201-043000", Map.of("maximumInstanceCount", IntNode.valueOf(1),
                "location", TextNode.valueOf("swedencentral"), "acaAppName", TextNode.valueOf("app-old")));

        assertThatThrownBy(() -> provisioner().provision(request(parameters(), false)))
                .isInstanceOfSatisfying(InfractlException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.AZURE_FAILED);
                    assertThat(e.getMessage()).contains("inference-20261201-043000")
                            .contains("maximumInstanceCount: running 1, requested 2")
                            .contains("acaAppName: running \"app-old\", requested \"app-new\"")
                            .doesNotContain("location:");
                    assertThat(e.problems().get(0).hint()).contains("--attach-anyway");
                });
        assertThat(azure.submitted).isEmpty();
        assertThat(azure.polled).isEmpty();
    }

    @Test
    void attachAnywayFollowsTheRunningDeploymentDespiteTheDifferences() {
        azure.running("inference-20261201-043000", Map.of("maximumInstanceCount", IntNode.valueOf(1)));
        azure.then(SUCCEEDED);

        ProvisionEvent.Finished finished = provisioner().provision(request(parameters(), true));

        assertThat(finished.deploymentName()).isEqualTo("inference-20261201-043000");
        assertThat(azure.submitted).isEmpty();
    }

    @Test
    void secureValuesArmDoesNotShowAndNumbersOfAnotherJsonTypeAreNoDifference() {
        azure.running("inference-20261201-043000", Map.of("maximumInstanceCount", DoubleNode.valueOf(2.0),
                "location", TextNode.valueOf("swedencentral"), "acaAppName", TextNode.valueOf("app-new"),
                "registryPassword", TextNode.valueOf("")));
        azure.then(SUCCEEDED);

        ProvisionEvent.Finished finished = provisioner().provision(request(parameters(), false));

        assertThat(finished.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(finished.deploymentName()).isEqualTo("inference-20261201-043000");
    }

    @Test
    void attachingWithNoWaitReportsTheRunningStateNotAccepted() {
        azure.running("inference-20261201-043000");

        ProvisionEvent.Finished finished = provisioner().provision(new ProvisionRequest(target(), template(), parameters(),
                new ProjectTag("proj"), project.resolve("inference.config.json"),
                new WaitOptions(false, Optional.empty(), false)));

        assertThat(finished.reason()).isEqualTo(StopReason.NOT_WAITING);
        assertThat(finished.state()).isEqualTo(RUNNING);
    }

    @Test
    void aRunThatWaitedForTheLockTakesTheDeploymentItsHolderMadeWithTheSameParametersAsItsOwn() {
        Instant holderStarted = Instant.parse("2026-12-01T04:29:00Z");
        azure.latest = Optional.of(new DeploymentSummary("inference-20261201-042901", SUCCEEDED,
                Instant.parse("2026-12-01T04:30:00Z"), Map.of("maximumInstanceCount", IntNode.valueOf(2),
                        "location", TextNode.valueOf("swedencentral"), "acaAppName", TextNode.valueOf("app-new"))));
        azure.then(SUCCEEDED);

        ProvisionEvent.Finished finished = provisioner().provision(
                request(parameters(), false).withWaitedSince(Optional.of(holderStarted)));

        assertThat(azure.submitted).isEmpty();
        assertThat(finished.deploymentName()).isEqualTo("inference-20261201-042901");
        assertThat(finished.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aRunThatWaitedStillDeploysWhenTheHoldersDeploymentAskedForSomethingElseOrCameBefore() {
        azure.latest = Optional.of(new DeploymentSummary("inference-20261201-042901", SUCCEEDED,
                Instant.parse("2026-12-01T04:30:00Z"), Map.of("acaAppName", TextNode.valueOf("app-old"))));
        azure.then(SUCCEEDED);
        provisioner().provision(request(parameters(), false).withWaitedSince(Optional.of(Instant.parse("2026-12-01T04:29:00Z"))));
        assertThat(azure.submitted).as("other parameters").hasSize(1);

        azure.latest = Optional.of(new DeploymentSummary("inference-20261201-040000", SUCCEEDED,
                Instant.parse("2026-12-01T04:00:30Z"), Map.of("acaAppName", TextNode.valueOf("app-new"))));
        azure.then(SUCCEEDED);
        provisioner().provision(request(parameters(), false).withWaitedSince(Optional.of(Instant.parse("2026-12-01T04:29:00Z"))));
        assertThat(azure.submitted).as("finished before the holder started").hasSize(2);
    }

    private Provisioner provisioner() {
        return new Provisioner(azure, azure, events::add, question -> true, time.polling());
    }

    private RunLock lock() {
        return () -> {
            order.add("lock");
            return () -> order.add("unlock");
        };
    }

    private ProvisionRequest request(JsonNode parameters, boolean attachAnyway) {
        return new ProvisionRequest(target(), template(), parameters, new ProjectTag("proj"),
                project.resolve("inference.config.json"), WaitOptions.untilDone(), attachAnyway);
    }

    private static DeploymentTarget target() {
        return new DeploymentTarget("sub", "rg", "swedencentral", "https://portal.azure.com");
    }

    private static ObjectNode template() {
        ObjectNode template = JsonNodeFactory.instance.objectNode();
        template.putObject("parameters").putObject("registryPassword").put("type", "secureString");
        return template;
    }

    private static ObjectNode parameters() {
        ObjectNode parameters = JsonNodeFactory.instance.objectNode();
        parameters.putObject("maximumInstanceCount").put("value", 2);
        parameters.putObject("location").put("value", "swedencentral");
        parameters.putObject("acaAppName").put("value", "app-new");
        parameters.putObject("registryPassword").put("value", "s3cret");
        return parameters;
    }

    /** Passes every call to the in-memory gateway, noting the lookups and the PUT in {@link #order}. */
    private class Recording extends ForwardingGateway {

        Recording(InMemoryGateway inner) {
            super(inner);
        }

        @Override
        public Optional<ArmError> submit(DeploymentRequest request) {
            order.add("submit");
            return super.submit(request);
        }

        @Override
        public Optional<DeploymentSummary> latest(ProjectTag project) {
            order.add("latest");
            return super.latest(project);
        }
    }
}
