package dev.infractl.deploy;

import static dev.infractl.deploy.InMemoryGateway.APP;
import static dev.infractl.deploy.InMemoryGateway.STORAGE;
import static dev.infractl.deploy.InMemoryGateway.operation;
import static dev.infractl.deploy.ProvisioningState.RUNNING;
import static dev.infractl.deploy.ProvisioningState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Following a deployment: how many requests each poll makes, and that no resource state is lost by it. */
class DeploymentWatchTest {

    private final InMemoryGateway azure = new InMemoryGateway();
    private final FakeTime time = FakeTime.at("2026-12-01T08:00:00Z");
    private final List<ProvisionEvent> events = new ArrayList<>();

    @Test
    void whileTheDeploymentKeepsRunningAPollIsOneRequestAndTheOperationsAreListedEveryTwoSeconds() {
        for (int i = 0; i < 20; i++) {
            azure.then(RUNNING, operation(STORAGE, "st", RUNNING));
        }
        azure.then(SUCCEEDED, operation(STORAGE, "st", SUCCEEDED));

        follow();

        assertThat(azure.polled).hasSize(21);
        // listed at the first poll, then at 2.375 s, 4.375 s, 6.375 s, 8.375 s (polls every half second), and at the end
        assertThat(azure.operationsListed).as("2 requests per poll before: 42").hasSize(6);
    }

    @Test
    void theEndListsTheOperationsSoEveryResourceShowsItsLastStateEvenBetweenListings() {
        azure.then(RUNNING, operation(STORAGE, "st", RUNNING)).then(RUNNING, operation(STORAGE, "st", SUCCEEDED))
                .then(SUCCEEDED, operation(STORAGE, "st", SUCCEEDED), operation(APP, "app", SUCCEEDED));

        DeploymentWatch.Outcome outcome = follow();

        assertThat(azure.operationsListed).as("first and last poll; the middle one read only the deployment").hasSize(2);
        assertThat(resourceChanges()).containsExactly("st Running", "st Succeeded", "app Succeeded");
        assertThat(outcome.snapshot().operations()).hasSize(2);
    }

    @Test
    void aChangeOfTheDeploymentsStateListsTheOperationsAtOnce() {
        azure.then(ProvisioningState.ACCEPTED).then(RUNNING, operation(STORAGE, "st", RUNNING))
                .then(RUNNING, operation(STORAGE, "st", RUNNING)).then(SUCCEEDED, operation(STORAGE, "st", SUCCEEDED));

        follow();

        assertThat(azure.operationsListed).as("Accepted (first), Running (changed), Succeeded (end)").hasSize(3);
        assertThat(resourceChanges()).containsExactly("st Running", "st Succeeded");
    }

    @Test
    void overATwentyMinuteDeploymentTheRequestsAverageAtOrUnderOnePerSecondWhateverArmAsks() {
        for (Optional<Duration> retryAfter : List.of(Optional.<Duration>empty(), Optional.of(Duration.ofMillis(100)),
                Optional.of(Duration.ofSeconds(1)), Optional.of(Duration.ofSeconds(15)))) {
            InMemoryGateway arm = new InMemoryGateway();
            FakeTime clock = FakeTime.at("2026-12-01T08:00:00Z");
            Instant end = clock.instant().plus(Duration.ofMinutes(20));
            retryAfter.ifPresentOrElse(asked -> arm.thenRetryAfter(asked, RUNNING), () -> arm.then(RUNNING));
            boolean[] ending = {false};
            clock.onSleep(count -> {
                if (!ending[0] && !clock.instant().isBefore(end)) {
                    ending[0] = true;
                    arm.then(SUCCEEDED);
                }
            });

            new DeploymentWatch(arm, event -> { }, clock.polling()).follow("d", WaitOptions.untilDone());

            int requests = arm.polled.size() + arm.operationsListed.size();
            assertThat(requests).as("requests over 20 minutes with Retry-After %s", retryAfter)
                    .isLessThanOrEqualTo(20 * 60).isGreaterThan(20 * 60 / 2);
        }
    }

    private DeploymentWatch.Outcome follow() {
        return new DeploymentWatch(azure, events::add, time.polling()).follow("d", WaitOptions.untilDone());
    }

    private List<String> resourceChanges() {
        return events.stream().filter(ProvisionEvent.ResourceChanged.class::isInstance)
                .map(ProvisionEvent.ResourceChanged.class::cast)
                .map(changed -> changed.resourceName() + " " + changed.state().armName()).toList();
    }
}
