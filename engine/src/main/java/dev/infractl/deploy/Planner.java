package dev.infractl.deploy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** {@code plan}: preflight validation and what-if for the deployment provision would submit. */
public final class Planner {

    private final DeploymentGateway gateway;
    private final WhatIf whatIf;
    private final ResourceGroups groups;
    private final Clock clock;

    public Planner(DeploymentGateway gateway, WhatIf whatIf, ResourceGroups groups, Clock clock) {
        this.gateway = gateway;
        this.whatIf = whatIf;
        this.groups = groups;
        this.clock = clock;
    }

    public Plan plan(DeploymentTarget target, ProvisionRequest request) {
        if (!groups.exists(target.resourceGroup())) {
            return new Plan(target, false, List.of(), Optional.empty());
        }
        DeploymentRequest deployment = new DeploymentRequest(DeploymentNames.at(clock.instant()), request.template(),
                request.parameters(), request.project().asTags());
        Optional<ArmError> invalid = gateway.validate(deployment);
        if (invalid.isPresent()) {
            return new Plan(target, true, List.of(), Optional.of(DeploymentFailure.of(invalid.get(), List.of())));
        }
        WhatIf.Result preview = whatIf.preview(deployment);
        return new Plan(target, true, preview.changes(),
                preview.error().map(error -> DeploymentFailure.of(error, List.of())));
    }
}
