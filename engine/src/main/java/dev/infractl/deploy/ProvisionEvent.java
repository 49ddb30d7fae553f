package dev.infractl.deploy;

import dev.infractl.ExitCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine reports while it provisions, in order. Renderers (live table, plain lines, NDJSON)
 * consume these and nothing else; the engine never prints.
 */
public sealed interface ProvisionEvent {

    /** When the engine saw it, by its clock. */
    Instant at();

    record ResourceGroupCreated(Instant at, String name, String location) implements ProvisionEvent {
    }

    /** Preflight validation passed. */
    record Validated(Instant at, String deploymentName) implements ProvisionEvent {
    }

    /** The deployment was started, or an already running one of this project was attached to. */
    record Submitted(Instant at, String deploymentName, String resourceGroup, String portalLink, boolean attached)
            implements ProvisionEvent {
    }

    /** A resource's operation appeared or changed state. */
    record ResourceChanged(Instant at, String resourceType, String resourceName, ProvisioningState state,
                           Optional<Duration> duration, Optional<ArmError> error) implements ProvisionEvent {
    }

    /** A poll found nothing new; lets live views redraw their clocks. */
    record Waiting(Instant at, String deploymentName, ProvisioningState state) implements ProvisionEvent {
    }

    /**
     * The last event of every run.
     *
     * @param deploymentName null when nothing was submitted
     * @param outputs the deployment's outputs as strings, when it succeeded
     * @param failure the error tree, failed operations and hints, when ARM refused or the deployment failed
     */
    record Finished(Instant at, String deploymentName, ProvisioningState state, StopReason reason,
                    Map<String, String> outputs, Optional<DeploymentFailure> failure, String portalLink)
            implements ProvisionEvent {

        public Finished {
            outputs = Map.copyOf(outputs);
        }

        public ExitCode exitCode() {
            return switch (reason) {
                case COMPLETED -> state == ProvisioningState.SUCCEEDED ? ExitCode.OK : ExitCode.AZURE_FAILED;
                case REJECTED -> ExitCode.AZURE_FAILED;
                case NOT_WAITING -> ExitCode.OK;
                case TIMED_OUT -> ExitCode.TIMED_OUT;
                case INTERRUPTED, CANCELED_ON_INTERRUPT -> ExitCode.INTERRUPTED;
            };
        }
    }
}
