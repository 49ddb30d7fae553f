package dev.infractl.deploy;

import java.time.Duration;
import java.util.Optional;

/**
 * One deployment operation: ARM's progress on one resource of the template.
 *
 * @param resourceId the target resource's id, which identifies the operation across polls
 * @param resourceType such as {@code Microsoft.App/managedEnvironments}
 * @param state the operation's provisioning state
 * @param duration how long ARM has worked on it, when it says
 * @param error the status message's error when the operation failed
 */
public record DeploymentOperation(String resourceId, String resourceType, String resourceName, ProvisioningState state,
                                  Optional<Duration> duration, Optional<ArmError> error) {
}
