package dev.infractl.ui;

import dev.infractl.deploy.ArmError;
import dev.infractl.deploy.DeploymentFailure;
import dev.infractl.deploy.DeploymentOperation;
import dev.infractl.deploy.ProvisionEvent;
import dev.infractl.deploy.ProvisioningState;
import dev.infractl.deploy.StopReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The events of a short successful run and of a failed one, as the engine emits them. */
final class SampleRun {

    static final Instant T0 = Instant.parse("2026-11-25T14:00:00Z");
    static final String NAME = "inference-20261125-140000";
    static final String PORTAL = "https://portal.azure.com/#@/resource/subscriptions/sub/resourceGroups/rg/providers/"
            + "Microsoft.Resources/deployments/" + NAME + "/overview";
    static final String ENVIRONMENT = "Microsoft.App/managedEnvironments";
    static final ArmError QUOTA = ArmError.of("SubscriptionNCA100Gpus", "Not enough NCA100 GPU quota in swedencentral.");
    static final ArmError TREE = new ArmError("DeploymentFailed", "At least one resource deployment operation failed.", null,
            List.of(new ArmError("ResourceDeploymentFailure", "The resource write operation failed.", "cae-x", List.of(QUOTA))));

    private SampleRun() {
    }

    static List<ProvisionEvent> succeeded() {
        return List.of(
                new ProvisionEvent.Validated(T0, NAME),
                new ProvisionEvent.Submitted(at(100), NAME, "rg", PORTAL, false),
                changed(200, "Microsoft.Storage/storageAccounts", "stx", ProvisioningState.RUNNING),
                new ProvisionEvent.Waiting(at(450), NAME, ProvisioningState.RUNNING),
                changed(1200, "Microsoft.Storage/storageAccounts", "stx", ProvisioningState.SUCCEEDED),
                changed(1200, "Microsoft.App/containerApps", "app-x", ProvisioningState.SUCCEEDED),
                new ProvisionEvent.Finished(at(1300), NAME, ProvisioningState.SUCCEEDED, StopReason.COMPLETED,
                        Map.of("ACA_APP_ENDPOINT", "https://app-x.example", "ACA_APP_NAME", "app-x"), Optional.empty(), PORTAL));
    }

    static List<ProvisionEvent> failed() {
        DeploymentOperation environment = new DeploymentOperation("/x/cae-x", ENVIRONMENT, "cae-x", ProvisioningState.FAILED,
                Optional.of(Duration.ofSeconds(2)), Optional.of(QUOTA));
        return List.of(
                new ProvisionEvent.Submitted(T0, NAME, "rg", PORTAL, false),
                new ProvisionEvent.ResourceChanged(at(500), ENVIRONMENT, "cae-x", ProvisioningState.FAILED,
                        Optional.of(Duration.ofSeconds(2)), Optional.of(QUOTA)),
                new ProvisionEvent.Finished(at(600), NAME, ProvisioningState.FAILED, StopReason.COMPLETED, Map.of(),
                        Optional.of(DeploymentFailure.of(TREE, List.of(environment))), PORTAL));
    }

    static ProvisionEvent.ResourceChanged changed(long millis, String type, String name, ProvisioningState state) {
        return new ProvisionEvent.ResourceChanged(at(millis), type, name, state, Optional.empty(), Optional.empty());
    }

    static Instant at(long millis) {
        return T0.plusMillis(millis);
    }
}
