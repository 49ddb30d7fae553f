package dev.infractl.deploy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the {@link ProvisionEvent.Finished} event from how following a deployment ended. */
final class Endings {

    private Endings() {
    }

    static ProvisionEvent.Finished of(Instant at, DeploymentWatch.Outcome outcome, DeploymentTarget target) {
        DeploymentSnapshot last = outcome.snapshot();
        Optional<DeploymentFailure> failure = Optional.empty();
        if (last.state().isFailure()) {
            ArmError error = last.error().orElseGet(() -> ArmError.of(last.state() == ProvisioningState.CANCELED
                    ? "DeploymentCanceled" : "DeploymentFailed", "the deployment ended " + last.state().armName()));
            failure = Optional.of(DeploymentFailure.of(error, last.operations()));
        }
        Map<String, String> outputs = last.state() == ProvisioningState.SUCCEEDED ? ConfigOutputs.asText(last.outputs()) : Map.of();
        return new ProvisionEvent.Finished(at, last.name(), last.state(), outcome.reason(), outputs, failure,
                target.portalLink(last.name()));
    }

    static ProvisionEvent.Finished rejected(Instant at, String deploymentName, ArmError error, DeploymentTarget target) {
        return new ProvisionEvent.Finished(at, deploymentName, ProvisioningState.FAILED, StopReason.REJECTED, Map.of(),
                Optional.of(DeploymentFailure.of(error, List.of())), target.portalLink(deploymentName));
    }
}
