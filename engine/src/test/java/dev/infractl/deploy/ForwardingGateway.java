package dev.infractl.deploy;

import java.util.Optional;
import java.util.function.Predicate;

/** Passes every call to another gateway; a test double overrides only the calls its scenario changes. */
class ForwardingGateway implements DeploymentGateway {

    private final DeploymentGateway inner;

    ForwardingGateway(DeploymentGateway inner) {
        this.inner = inner;
    }

    @Override
    public Optional<ArmError> validate(DeploymentRequest request) {
        return inner.validate(request);
    }

    @Override
    public Optional<ArmError> submit(DeploymentRequest request) {
        return inner.submit(request);
    }

    @Override
    public DeploymentSnapshot snapshot(String deploymentName, Predicate<ProvisioningState> withOperations) {
        return inner.snapshot(deploymentName, withOperations);
    }

    @Override
    public void cancel(String deploymentName) {
        inner.cancel(deploymentName);
    }

    @Override
    public Optional<DeploymentSummary> latest(ProjectTag project) {
        return inner.latest(project);
    }
}
