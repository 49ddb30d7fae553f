package dev.infractl.deploy;

import static dev.infractl.deploy.InMemoryGateway.APP;
import static dev.infractl.deploy.InMemoryGateway.ENVIRONMENT;
import static dev.infractl.deploy.InMemoryGateway.STORAGE;
import static dev.infractl.deploy.InMemoryGateway.failedOperation;
import static dev.infractl.deploy.InMemoryGateway.operation;
import static dev.infractl.deploy.ProvisioningState.FAILED;
import static dev.infractl.deploy.ProvisioningState.RUNNING;
import static dev.infractl.deploy.ProvisioningState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisionerTest {

    @TempDir
    Path project;

    private final InMemoryGateway azure = new InMemoryGateway();
    private final FakeTime time = FakeTime.at("2026-11-25T14:30:05Z");
    private final List<ProvisionEvent> events = new ArrayList<>();
    private boolean answer = true;

    @Test
    void aSuccessfulDeploymentEmitsEachResourceAndMergesTheOutputsKeepingTheUsersKeys() throws IOException {
        Files.writeString(config(), "{\"MY_NOTE\": \"keep me\", \"ACA_APP_ENDPOINT\": \"https://old\"}\n");
        // each poll sees the deployment's state move, so each one lists the operations too
        azure.then(ProvisioningState.ACCEPTED, operation(STORAGE, "stinference", RUNNING))
                .then(RUNNING, operation(STORAGE, "stinference", SUCCEEDED), operation(ENVIRONMENT, "cae", RUNNING))
                .then(SUCCEEDED, operation(STORAGE, "stinference", SUCCEEDED), operation(ENVIRONMENT, "cae", SUCCEEDED),
                        operation(APP, "app", SUCCEEDED));

        ProvisionEvent.Finished finished = provisioner().provision(request(WaitOptions.untilDone()));

        assertThat(finished.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(azure.submitted).singleElement().satisfies(submitted -> {
            assertThat(submitted.name()).isEqualTo("inference-20261125-143005");
            assertThat(submitted.tags()).containsEntry(ProjectTag.KEY, "proj");
        });
        assertThat(resourceChanges()).containsExactly("stinference Running", "stinference Succeeded", "cae Running",
                "cae Succeeded", "app Succeeded");
        assertThat(events.get(0)).isInstanceOf(ProvisionEvent.Validated.class);
        assertThat(events.get(events.size() - 1)).isSameAs(finished);
        assertThat(Files.readString(config())).contains("\"MY_NOTE\" : \"keep me\"")
                .contains("\"ACA_APP_ENDPOINT\" : \"https://app.example\"")
                .contains("\"SUBSCRIPTION_ID\" : \"sub\"").doesNotContain("extraOutput");
    }

    @Test
    void aRunningDeploymentOfTheProjectIsAttachedToInsteadOfStartingAnother() {
        azure.running("inference-20261125-140000");
        azure.then(SUCCEEDED);

        ProvisionEvent.Finished finished = provisioner().provision(request(WaitOptions.untilDone()));

        assertThat(azure.submitted).isEmpty();
        assertThat(events).filteredOn(ProvisionEvent.Submitted.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((ProvisionEvent.Submitted) event).attached()).isTrue());
        assertThat(finished.deploymentName()).isEqualTo("inference-20261125-140000");
    }

    @Test
    void deploymentActiveOnSubmitAttachesToTheRunningOne() {
        azure.submitError = Optional.of(ArmError.of("DeploymentActive", "The deployment is active"));
        azure.then(SUCCEEDED);
        InMemoryGateway raced = azure;
        ProvisionEvent.Finished finished = new Provisioner(new DeploymentGatewayRacing(raced), azure, events::add,
                question -> true, time.polling()).provision(request(WaitOptions.untilDone()));

        assertThat(finished.deploymentName()).isEqualTo("inference-20261125-142959");
        assertThat(finished.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theTimeoutStopsWaitingWithExitFourAndLeavesTheConfigAlone() {
        azure.then(RUNNING, operation(STORAGE, "stinference", RUNNING));

        ProvisionEvent.Finished finished = provisioner().provision(
                request(new WaitOptions(true, Optional.of(Duration.ofSeconds(30)), false)));

        assertThat(finished.reason()).isEqualTo(StopReason.TIMED_OUT);
        assertThat(finished.exitCode()).isEqualTo(ExitCode.TIMED_OUT);
        assertThat(finished.state().isTerminal()).isFalse();
        assertThat(time.sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(30));
        assertThat(config()).doesNotExist();
    }

    @Test
    void ctrlCLeavesTheDeploymentRunning() {
        azure.then(RUNNING);
        time.onSleep(count -> time.interruption.request());

        ProvisionEvent.Finished finished = provisioner().provision(request(WaitOptions.untilDone()));

        assertThat(finished.reason()).isEqualTo(StopReason.INTERRUPTED);
        assertThat(finished.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(azure.cancelled).isEmpty();
    }

    @Test
    void ctrlCBeforeSubmissionSubmitsNothing() {
        time.interruption.request();

        assertThatThrownBy(() -> provisioner().provision(request(WaitOptions.untilDone())))
                .isInstanceOfSatisfying(InfractlException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED));
        assertThat(azure.submitted).isEmpty();
    }

    @Test
    void ctrlCWithCancelOnInterruptCancelsTheDeployment() {
        azure.then(RUNNING);
        time.onSleep(count -> time.interruption.request());

        ProvisionEvent.Finished finished = provisioner().provision(request(new WaitOptions(true, Optional.empty(), true)));

        assertThat(azure.cancelled).containsExactly("inference-20261125-143005");
        assertThat(finished.reason()).isEqualTo(StopReason.CANCELED_ON_INTERRUPT);
        assertThat(finished.state()).isEqualTo(ProvisioningState.CANCELED);
    }

    @Test
    void retryAfterLongerThanTheIntervalIsPolledSoonerAsArmAllows() {
        azure.thenRetryAfter(Duration.ofSeconds(7), RUNNING).then(SUCCEEDED);

        provisioner().provision(request(WaitOptions.untilDone()));

        assertThat(time.sleeps).containsExactly(PollInterval.START);
    }

    @Test
    void retryAfterShorterThanTheBackOffIsNeverExceeded() {
        for (int i = 0; i < 8; i++) {
            azure.thenRetryAfter(Duration.ofSeconds(1), RUNNING);
        }
        azure.then(SUCCEEDED);

        provisioner().provision(request(WaitOptions.untilDone()));

        assertThat(time.sleeps).hasSize(8).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(1)))
                .as("the back-off stops at its cap, half of what ARM asks").contains(PollInterval.CAP);
    }

    @Test
    void aFailedDeploymentCarriesTheErrorTreeFailedOperationsAndHintsAndLeavesTheConfigUntouched() throws IOException {
        String before = "{\"ACA_APP_ENDPOINT\": \"https://old\"}\n";
        Files.writeString(config(), before);
        ArmError quota = ArmError.of("MaxRegionalQuotaExceeded", "Quota for NC24-A100 exceeded in swedencentral");
        ArmError tree = new ArmError("DeploymentFailed", "At least one resource deployment operation failed.", null,
                List.of(new ArmError("ResourceDeploymentFailure", "The resource write operation failed.", "cae", List.of(quota))));
        azure.thenFailed(tree, operation(STORAGE, "stinference", SUCCEEDED), failedOperation(ENVIRONMENT, "cae", quota));

        ProvisionEvent.Finished finished = provisioner().provision(request(WaitOptions.untilDone()));

        assertThat(finished.exitCode()).isEqualTo(ExitCode.AZURE_FAILED);
        DeploymentFailure failure = finished.failure().orElseThrow();
        assertThat(failure.error()).isEqualTo(tree);
        assertThat(failure.failedOperations()).extracting(DeploymentOperation::resourceName).containsExactly("cae");
        assertThat(failure.hints()).containsExactly(FailureHints.GPU_QUOTA);
        assertThat(finished.portalLink()).isEqualTo("https://portal.azure.com/#@/resource/subscriptions/sub/resourceGroups/rg"
                + "/providers/Microsoft.Resources/deployments/inference-20261125-143005/overview");
        assertThat(Files.readString(config())).isEqualTo(before);
    }

    @Test
    void aRejectedValidationSubmitsNothing() {
        azure.validationError = Optional.of(ArmError.of("InvalidTemplate", "Deployment template validation failed"));

        ProvisionEvent.Finished finished = provisioner().provision(request(WaitOptions.untilDone()));

        assertThat(finished.reason()).isEqualTo(StopReason.REJECTED);
        assertThat(finished.exitCode()).isEqualTo(ExitCode.AZURE_FAILED);
        assertThat(finished.failure().orElseThrow().hints()).containsExactly(FailureHints.INVALID_TEMPLATE);
        assertThat(azure.submitted).isEmpty();
    }

    @Test
    void noWaitReturnsRightAfterSubmission() {
        ProvisionEvent.Finished finished = provisioner().provision(request(new WaitOptions(false, Optional.empty(), false)));

        assertThat(finished.reason()).isEqualTo(StopReason.NOT_WAITING);
        assertThat(finished.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(azure.polled).isEmpty();
        assertThat(azure.submitted).hasSize(1);
    }

    @Test
    void aMissingResourceGroupIsCreatedAfterConfirmation() {
        azure.groupExists = false;
        azure.then(SUCCEEDED);

        provisioner().provision(request(WaitOptions.untilDone()));

        assertThat(azure.groupsCreated).containsExactly("rg@swedencentral");
        assertThat(events.get(0)).isInstanceOf(ProvisionEvent.ResourceGroupCreated.class);
    }

    @Test
    void aMissingResourceGroupIsNotCreatedWhenTheUserDeclines() {
        azure.groupExists = false;
        answer = false;

        assertThatThrownBy(() -> provisioner().provision(request(WaitOptions.untilDone())))
                .isInstanceOfSatisfying(InfractlException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.problems().get(0).hint()).contains("--yes");
                });
        assertThat(azure.groupsCreated).isEmpty();
        assertThat(azure.submitted).isEmpty();
    }

    @Test
    void theIntervalStaysShortForASecondAfterAChangeThenBacksOffAndResetsOnChange() {
        // the change shows at 2.375 s, the first poll that lists the operations again
        azure.then(RUNNING).then(RUNNING).then(RUNNING).then(RUNNING).then(RUNNING).then(RUNNING).then(RUNNING)
                .then(RUNNING, operation(STORAGE, "st", RUNNING)).then(SUCCEEDED);

        provisioner().provision(request(WaitOptions.untilDone()));

        Duration quick = Duration.ofMillis(250);
        assertThat(time.sleeps).containsExactly(quick, quick, quick, quick, Duration.ofMillis(375), PollInterval.CAP,
                PollInterval.CAP, quick);
    }

    private Provisioner provisioner() {
        return new Provisioner(azure, azure, events::add, question -> answer, time.polling());
    }

    private ProvisionRequest request(WaitOptions waiting) {
        DeploymentTarget target = new DeploymentTarget("sub", "rg", "swedencentral", "https://portal.azure.com");
        var template = JsonNodeFactory.instance.objectNode().put("$schema", "x");
        return new ProvisionRequest(target, template, JsonNodeFactory.instance.objectNode(), new ProjectTag("proj"),
                config(), waiting);
    }

    private Path config() {
        try {
            return Files.createDirectories(project.resolve("infra")).resolve("inference.config.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> resourceChanges() {
        return events.stream().filter(ProvisionEvent.ResourceChanged.class::isInstance)
                .map(ProvisionEvent.ResourceChanged.class::cast)
                .map(event -> event.resourceName() + " " + event.state().armName()).toList();
    }

    /** Another run started a deployment between our check and our submit: it shows up only afterwards. */
    private static final class DeploymentGatewayRacing extends ForwardingGateway {
        private boolean submitted;

        DeploymentGatewayRacing(InMemoryGateway inner) {
            super(inner);
        }

        @Override
        public Optional<ArmError> submit(DeploymentRequest request) {
            submitted = true;
            return super.submit(request);
        }

        @Override
        public Optional<DeploymentSummary> latest(ProjectTag project) {
            return submitted ? Optional.of(new DeploymentSummary("inference-20261125-142959", RUNNING, Instant.EPOCH))
                    : Optional.empty();
        }
    }
}
