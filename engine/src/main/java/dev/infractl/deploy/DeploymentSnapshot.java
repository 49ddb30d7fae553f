package dev.infractl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deployment and its operations as one poll saw them.
 *
 * @param outputs the deployment's output values by name (only once it succeeded)
 * @param retryAfter how long ARM asked us to wait before the next poll, when it asked
 */
public record DeploymentSnapshot(String name, ProvisioningState state, Optional<ArmError> error,
                                 List<DeploymentOperation> operations, Map<String, JsonNode> outputs,
                                 Optional<Duration> retryAfter) {

    public DeploymentSnapshot {
        operations = List.copyOf(operations);
        outputs = Map.copyOf(outputs);
    }

    /** This snapshot with the operations of an earlier poll, when this one did not read them. */
    public DeploymentSnapshot withOperations(List<DeploymentOperation> earlier) {
        return new DeploymentSnapshot(name, state, error, earlier, outputs, retryAfter);
    }

    /** Before the first poll: nothing known yet. */
    public static DeploymentSnapshot initial(String name) {
        return new DeploymentSnapshot(name, ProvisioningState.ACCEPTED, Optional.empty(), List.of(), Map.of(), Optional.empty());
    }
}
