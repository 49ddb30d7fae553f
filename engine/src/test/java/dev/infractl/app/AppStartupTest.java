package dev.infractl.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.deploy.FakeTime;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppStartupTest {

    static final URI ENDPOINT = URI.create("https://app.example/");

    /** An app whose replica starts running, and whose endpoint answers 200, after a given time. */
    static final class StartingApp implements ContainerApp, EndpointProbe {
        final FakeTime clock;
        final Instant upAt;
        final List<String> restarted = new ArrayList<>();
        int replicaReads;
        int probes;

        StartingApp(FakeTime clock, Duration startup) {
            this.clock = clock;
            this.upAt = clock.instant().plus(startup);
        }

        @Override
        public String activeRevision() {
            return "app--rev1";
        }

        @Override
        public Optional<String> fqdn() {
            return Optional.of("fresh.example");
        }

        @Override
        public void restart(String revision) {
            restarted.add(revision);
        }

        @Override
        public List<Replica> replicas(String revision) {
            replicaReads++;
            return List.of(new Replica("app--rev1-abc", clock.instant().isBefore(upAt) ? ReplicaState.NOT_RUNNING : ReplicaState.RUNNING));
        }

        @Override
        public int status(URI endpoint) {
            probes++;
            return clock.instant().isBefore(upAt) ? 503 : 200;
        }
    }

    final FakeTime clock = FakeTime.at("2026-11-25T12:00:00Z");
    final List<AppEvent> events = new ArrayList<>();

    @Test
    void restartingNamesTheActiveRevision() {
        StartingApp app = new StartingApp(clock, Duration.ZERO);
        String revision = startup(app).restart(events::add);
        assertThat(app.restarted).containsExactly("app--rev1");
        assertThat(events).containsExactly(new AppEvent.Restarted("app--rev1"));
        assertThat(revision).isEqualTo("app--rev1");
    }

    @Test
    void waitingReportsEachChangeOnceAndEndsWhenTheEndpointAnswers200() {
        StartingApp app = new StartingApp(clock, Duration.ofMinutes(20));

        StartupOutcome outcome = startup(app).waitUntilReady(ENDPOINT, "app--rev1", Duration.ofMinutes(30), events::add);

        assertThat(outcome).isEqualTo(StartupOutcome.READY);
        assertThat(events).filteredOn(AppEvent.EndpointChecked.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(AppEvent.ReplicasChanged.class::isInstance).hasSize(2);
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(AppEvent.Ready.class,
                ready -> assertThat(ready.waited()).isBetween(Duration.ofMinutes(20), Duration.ofMinutes(21)));
    }

    /**
     * Readiness is the endpoint's 200, asked every 2 s; the replicas only draw the timeline, so reading them more
     * often would not make the app ready sooner. A 20-minute GPU start-up reads them once a probe tick at least 5 s
     * after the last (every 6 s), about 200 reads: far under Resource Manager's read budget (thousands an hour per
     * principal); a throttled read waits out its Retry-After in the SDK's retry policy.
     */
    @Test
    void aTwentyMinuteStartUpReadsTheReplicasOnceEverySixSecondsAndProbesEveryTwo() {
        StartingApp app = new StartingApp(clock, Duration.ofMinutes(20));

        startup(app).waitUntilReady(ENDPOINT, "app--rev1", Duration.ofMinutes(30), events::add);

        assertThat(app.probes).isEqualTo(20 * 60 / 2 + 1);
        assertThat(app.replicaReads).isEqualTo(20 * 60 / 6 + 1 + 1); // one at the start, one more once it answers
    }

    @Test
    void waitingStopsAtTheTimeout() {
        StartingApp app = new StartingApp(clock, Duration.ofHours(2));

        StartupOutcome outcome = startup(app).waitUntilReady(ENDPOINT, null, Duration.ofMinutes(30), events::add);

        assertThat(outcome).isEqualTo(StartupOutcome.TIMED_OUT);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-25T12:30:00Z"));
    }

    @Test
    void anInterruptionEndsTheWait() {
        StartingApp app = new StartingApp(clock, Duration.ofHours(2));
        clock.onSleep(count -> clock.interruption.request());
        AppStartup startup = startup(app);

        assertThat(startup.waitUntilReady(ENDPOINT, null, Duration.ofMinutes(30), events::add)).isEqualTo(StartupOutcome.INTERRUPTED);
    }

    @Test
    void theEndpointComesFreshFromResourceManager() {
        StartingApp app = new StartingApp(clock, Duration.ZERO);
        assertThat(startup(app).endpoint(URI.create("https://stale.example"))).isEqualTo(URI.create("https://fresh.example/"));
    }

    private AppStartup startup(StartingApp app) {
        return new AppStartup(app, app, clock.polling());
    }
}
