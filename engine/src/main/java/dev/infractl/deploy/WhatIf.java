package dev.infractl.deploy;

import java.util.List;
import java.util.Optional;

/** ARM's what-if for a deployment: which resources it would create, change or leave alone. */
public interface WhatIf {

    /** The changes, or the error tree when ARM refuses to evaluate the deployment. */
    Result preview(DeploymentRequest request);

    record Result(List<PlannedChange> changes, Optional<ArmError> error) {

        public Result {
            changes = List.copyOf(changes);
        }
    }
}
