package dev.infractl.deploy;

import java.util.List;
import java.util.Optional;

/**
 * What {@code provision} would do, found without changing anything.
 *
 * @param resourceGroupExists false when provision would first create the group (then what-if cannot run)
 * @param failure the validation or what-if refusal, when ARM refused
 */
public record Plan(DeploymentTarget target, boolean resourceGroupExists, List<PlannedChange> changes,
                   Optional<DeploymentFailure> failure) {

    public Plan {
        changes = List.copyOf(changes);
    }

    /** Whether provisioning would change Azure: a new group, or any create, modify, delete or deploy. */
    public boolean hasChanges() {
        return !resourceGroupExists || changes.stream().anyMatch(change -> change.changeType().changesSomething());
    }
}
