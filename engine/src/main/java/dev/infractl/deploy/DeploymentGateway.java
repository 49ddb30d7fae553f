package dev.infractl.deploy;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Resource-group deployments of one subscription and group, as the engine needs them. The Azure adapter
 * implements it over the SDK; tests use an in-memory one. Transport and authorization failures are
 * thrown as {@link dev.infractl.InfractlException}; ARM refusing the template is a returned error.
 */
public interface DeploymentGateway {

    /** Preflight validation; the error tree when ARM rejects the template or parameters. */
    Optional<ArmError> validate(DeploymentRequest request);

    /** Starts the deployment (one PUT, never repeated); the error tree when ARM refuses to start it. */
    Optional<ArmError> submit(DeploymentRequest request);

    /**
     * Reads the deployment, then (one request more) its operations when {@code withOperations} accepts the state
     * just read; otherwise the snapshot's operations are empty.
     */
    DeploymentSnapshot snapshot(String deploymentName, Predicate<ProvisioningState> withOperations);

    void cancel(String deploymentName);

    /** The newest deployment carrying the project's tag, running or not. */
    Optional<DeploymentSummary> latest(ProjectTag project);
}
