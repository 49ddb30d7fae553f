package dev.infractl.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.deploy.FakeTime;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Waiting with stall rules, on injected time: a replica that never gets a node. */
class AppStartupStallTest {

    final FakeTime clock = FakeTime.at("2026-12-01T08:00:00Z");
    final List<AppEvent> events = new ArrayList<>();

    /** Its replica waits for a node for ever; its endpoint never answers. */
    final class NoCapacity implements ContainerApp, EndpointProbe {
        @Override
        public String activeRevision() {
            return "app--rev1";
        }

        @Override
        public Optional<String> fqdn() {
            return Optional.empty();
        }

        @Override
        public void restart(String revision) {
        }

        @Override
        public List<Replica> replicas(String revision) {
            return List.of(StartupTimelineTest.ASSIGNING);
        }

        @Override
        public int status(URI endpoint) {
            return 0;
        }
    }

    /** Waiting 30 minutes for an app with no capacity, where assigning may last 3. */
    private AppStartup startup(boolean stopOnStall) {
        NoCapacity app = new NoCapacity();
        StallRules rules = StallRules.defaults().with(StartupStage.ASSIGNING, Duration.ofMinutes(3));
        return new AppStartup(app, app, clock.polling(), StartupWatch.defaults().withStalls(rules, stopOnStall),
                count -> List.of("Normal AssigningReplica Replica 'app--rev1-abc' is being assigned to a node"));
    }

    private StartupOutcome waitThirtyMinutes(AppStartup startup) {
        return startup.waitUntilReady(URI.create("https://app.example/"), "app--rev1", Duration.ofMinutes(30), events::add);
    }

    @Test
    void withStopOnStallTheWaitEndsAtTheFirstStallNamingIt() {
        AppStartup startup = startup(true);

        StartupOutcome outcome = waitThirtyMinutes(startup);

        assertThat(outcome).isEqualTo(StartupOutcome.STALLED);
        assertThat(startup.stall()).hasValueSatisfying(stall -> {
            assertThat(stall.stage()).isEqualTo(StartupStage.ASSIGNING);
            assertThat(stall.lasted()).isBetween(Duration.ofMinutes(3), Duration.ofMinutes(3).plus(StartupWatch.PROBE_EVERY));
        });
        assertThat(events).filteredOn(AppEvent.Stalled.class::isInstance).hasSize(1);
        assertThat(events.get(events.size() - 1)).as("the environment's words follow the stall")
                .isEqualTo(new AppEvent.SystemEventsRead(List.of("Normal AssigningReplica Replica 'app--rev1-abc' is being assigned to a node")));
    }

    @Test
    void withoutStopOnStallTheStallIsReportedOnceAndTheWaitGoesOnToItsTimeout() {
        StartupOutcome outcome = waitThirtyMinutes(startup(false));

        assertThat(outcome).isEqualTo(StartupOutcome.TIMED_OUT);
        assertThat(events).filteredOn(AppEvent.Stalled.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(AppEvent.StageReached.class::isInstance).hasSize(1);
    }
}
