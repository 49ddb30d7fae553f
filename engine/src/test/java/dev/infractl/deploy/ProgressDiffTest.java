package dev.infractl.deploy;

import static dev.infractl.deploy.InMemoryGateway.ENVIRONMENT;
import static dev.infractl.deploy.InMemoryGateway.STORAGE;
import static dev.infractl.deploy.InMemoryGateway.operation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressDiffTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");

    @Test
    void anOperationSeenForTheFirstTimeIsAnEvent() {
        var events = ProgressDiff.between(snapshot(), snapshot(operation(STORAGE, "st", ProvisioningState.RUNNING)), NOW);

        assertThat(events).singleElement().isEqualTo(new ProvisionEvent.ResourceChanged(NOW, STORAGE, "st",
                ProvisioningState.RUNNING, Optional.empty(), Optional.empty()));
    }

    @Test
    void anUnchangedOperationIsNoEvent() {
        var running = operation(STORAGE, "st", ProvisioningState.RUNNING);

        assertThat(ProgressDiff.between(snapshot(running), snapshot(running), NOW)).isEmpty();
    }

    @Test
    void onlyTheOperationsWhoseStateMovedAreEvents() {
        var before = snapshot(operation(STORAGE, "st", ProvisioningState.RUNNING), operation(ENVIRONMENT, "cae", ProvisioningState.RUNNING));
        var after = snapshot(operation(STORAGE, "st", ProvisioningState.SUCCEEDED), operation(ENVIRONMENT, "cae", ProvisioningState.RUNNING));

        assertThat(ProgressDiff.between(before, after, NOW)).extracting(event -> ((ProvisionEvent.ResourceChanged) event).resourceName())
                .containsExactly("st");
    }

    @Test
    void resourceIdsDifferingOnlyInCaseAreTheSameResource() {
        var lower = operation(STORAGE, "st", ProvisioningState.RUNNING);
        var upper = new DeploymentOperation(lower.resourceId().toUpperCase(), STORAGE, "st", ProvisioningState.RUNNING,
                Optional.empty(), Optional.empty());

        assertThat(ProgressDiff.between(snapshot(lower), snapshot(upper), NOW)).isEmpty();
    }

    @Test
    void whenArmListsTwoOperationsForOneResourceTheLastOneCounts() {
        var events = ProgressDiff.between(snapshot(), snapshot(operation(STORAGE, "st", ProvisioningState.RUNNING),
                operation(STORAGE, "st", ProvisioningState.SUCCEEDED)), NOW);

        assertThat(events).singleElement().extracting(event -> ((ProvisionEvent.ResourceChanged) event).state())
                .isEqualTo(ProvisioningState.SUCCEEDED);
    }

    private static DeploymentSnapshot snapshot(DeploymentOperation... operations) {
        return new DeploymentSnapshot("d", ProvisioningState.RUNNING, Optional.empty(), List.of(operations), Map.of(),
                Optional.empty());
    }
}
