package dev.infractl.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a user needs to fix a failed deployment.
 *
 * @param error the deployment's whole error tree
 * @param failedOperations the operations that failed, with their own status messages
 * @param hints how to fix the codes found in the tree
 */
public record DeploymentFailure(ArmError error, List<DeploymentOperation> failedOperations, List<String> hints) {

    public DeploymentFailure {
        failedOperations = List.copyOf(failedOperations);
        hints = List.copyOf(hints);
    }

    public static DeploymentFailure of(ArmError error, List<DeploymentOperation> operations) {
        List<DeploymentOperation> failed = operations.stream().filter(operation -> operation.state().isFailure()).toList();
        List<String> hints = new ArrayList<>(FailureHints.forError(error));
        failed.forEach(operation -> operation.error().ifPresent(cause -> FailureHints.forError(cause).stream()
                .filter(hint -> !hints.contains(hint)).forEach(hints::add)));
        return new DeploymentFailure(error, failed, hints);
    }
}
