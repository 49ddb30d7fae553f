package dev.infractl.deploy;

import static dev.infractl.deploy.ProvisioningState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provision sends ARM's validation while discovery still looks: the requests it saves, and that every ending
 * (rejected, missing group, a running deployment, an unreachable ARM) is the one a late validation gives.
 */
class EarlyValidationTest {

    @TempDir
    Path project;

    private final InMemoryGateway azure = new InMemoryGateway();
    private final FakeTime time = FakeTime.at("2026-11-25T14:30:05Z");
    private final List<ProvisionEvent> events = new ArrayList<>();

    @Test
    void theDeploymentValidatedWhileDiscoveryLookedIsSubmittedAsValidatedWithoutASecondValidation() {
        azure.then(SUCCEEDED);
        ProvisionRequest request = request(parameters("eastus"));
        EarlyValidation early = EarlyValidation.start(azure, request.deployment("inference-20261125-143004"));

        ProvisionEvent.Finished finished = provisioner(early).provision(request);

        assertThat(finished.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(azure.validated).hasSize(1);
        assertThat(azure.submitted).singleElement().isEqualTo(azure.validated.get(0));
        assertThat(finished.deploymentName()).isEqualTo("inference-20261125-143004");
    }

    @Test
    void whenDiscoveryChangedAParameterTheEarlyAnswerIsSetAsideAndTheDeploymentIsValidatedAgain() {
        azure.then(SUCCEEDED);
        // the guess is refused; the deployment discovery corrected is not
        EarlyValidation early = EarlyValidation.start(new ForwardingGateway(azure) {
            @Override
            public Optional<ArmError> validate(DeploymentRequest request) {
                super.validate(request);
                return Optional.of(ArmError.of("InvalidTemplate", "the guess"));
            }
        }, request(parameters("eastus")).deployment("inference-20261125-143004"));

        ProvisionEvent.Finished finished = provisioner(early).provision(request(parameters("westus3")));

        assertThat(finished.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(azure.validated).extracting(sent -> sent.parameters().path("location").path("value").asText())
                .containsExactly("eastus", "westus3");
        assertThat(azure.submitted).singleElement().satisfies(submitted -> {
            assertThat(submitted.name()).isEqualTo("inference-20261125-143005");
            assertThat(submitted.parameters()).isEqualTo(parameters("westus3"));
        });
    }

    @Test
    void anEarlyRejectionEndsTheRunAsRejectedWithArmsErrorAndSubmitsNothing() {
        azure.validationError = Optional.of(ArmError.of("InvalidTemplate", "Deployment template validation failed"));
        ProvisionRequest request = request(parameters("eastus"));
        EarlyValidation early = EarlyValidation.start(azure, request.deployment("inference-20261125-143004"));

        ProvisionEvent.Finished finished = provisioner(early).provision(request);

        assertThat(finished.reason()).isEqualTo(StopReason.REJECTED);
        assertThat(finished.exitCode()).isEqualTo(ExitCode.AZURE_FAILED);
        assertThat(finished.failure().orElseThrow().error().code()).isEqualTo("InvalidTemplate");
        assertThat(finished.failure().orElseThrow().hints()).containsExactly(FailureHints.INVALID_TEMPLATE);
        assertThat(azure.validated).hasSize(1);
        assertThat(azure.submitted).isEmpty();
    }

    @Test
    void whenTheGroupWasMissingTheEarlyAnswerIsSetAsideAndTheDeploymentIsValidatedInTheNewGroup() {
        azure.groupExists = false;
        azure.then(SUCCEEDED);
        ProvisionRequest request = request(parameters("eastus"));
        EarlyValidation early = EarlyValidation.start(azure, request.deployment("inference-20261125-143004"));

        ProvisionEvent.Finished finished = provisioner(early).provision(request);

        assertThat(finished.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(azure.groupsCreated).containsExactly("rg@swedencentral");
        assertThat(events.get(0)).isInstanceOf(ProvisionEvent.ResourceGroupCreated.class);
        assertThat(azure.validated).as("the early one (ResourceGroupNotFound), then one in the new group").hasSize(2);
        assertThat(azure.submitted).singleElement().isEqualTo(azure.validated.get(1));
    }

    @Test
    void aDeploymentOfTheProjectStillRunningIsLookedForRightBeforeThePutAndFollowedInstead() {
        azure.running("inference-20261125-140000");
        azure.then(SUCCEEDED);
        ProvisionRequest request = request(parameters("eastus"));
        EarlyValidation early = EarlyValidation.start(azure, request.deployment("inference-20261125-143004"));

        ProvisionEvent.Finished finished = provisioner(early).provision(request);

        assertThat(azure.submitted).isEmpty();
        assertThat(finished.deploymentName()).isEqualTo("inference-20261125-140000");
        assertThat(events).filteredOn(ProvisionEvent.Submitted.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((ProvisionEvent.Submitted) event).attached()).isTrue());
    }

    @Test
    void anEarlyValidationThatCouldNotReachArmStopsTheRunWithThatErrorAndSubmitsNothing() {
        ProvisionRequest request = request(parameters("eastus"));
        EarlyValidation early = EarlyValidation.start(new ForwardingGateway(azure) {
            @Override
            public Optional<ArmError> validate(DeploymentRequest sent) {
                throw new InfractlException(ExitCode.AZURE_FAILED, "cannot reach Resource Manager (validating the "
                        + "deployment)", "check the network");
            }
        }, request.deployment("inference-20261125-143004"));

        assertThatThrownBy(() -> provisioner(early).provision(request))
                .isInstanceOfSatisfying(InfractlException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.AZURE_FAILED);
                    assertThat(e.getMessage()).contains("validating the deployment");
                });
        assertThat(azure.submitted).isEmpty();
    }

    private Provisioner provisioner(EarlyValidation early) {
        return new Provisioner(azure, azure, events::add, question -> true, time.polling()).validatedEarly(early);
    }

    private ProvisionRequest request(JsonNode parameters) {
        DeploymentTarget target = new DeploymentTarget("sub", "rg", "swedencentral", "https://portal.azure.com");
        var template = JsonNodeFactory.instance.objectNode().put("$schema", "x");
        return new ProvisionRequest(target, template, parameters, new ProjectTag("proj"), config(),
                WaitOptions.untilDone());
    }

    private static JsonNode parameters(String location) {
        var parameters = JsonNodeFactory.instance.objectNode();
        parameters.putObject("location").put("value", location);
        return parameters;
    }

    private Path config() {
        try {
            return Files.createDirectories(project.resolve("infra")).resolve("inference.config.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
