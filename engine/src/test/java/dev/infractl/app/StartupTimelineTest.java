package dev.infractl.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stage machine: replica states in, stage changes and stalls out. */
class StartupTimelineTest {

    static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    static Replica replica(ReplicaState state, String details, ContainerStatus... containers) {
        return new Replica("app--rev1-abc", state, details, List.of(containers));
    }

    static final Replica ASSIGNING = replica(ReplicaState.NOT_RUNNING, "", new ContainerStatus("Waiting", "", false, false, false));
    static final Replica PULLING = replica(ReplicaState.NOT_RUNNING, "",
            new ContainerStatus("Waiting", "ContainerCreating", false, false, false));
    static final Replica CREATED = replica(ReplicaState.NOT_RUNNING, "", new ContainerStatus("Waiting", "", true, false, false));
    static final Replica STARTED = replica(ReplicaState.RUNNING, "", new ContainerStatus("Running", "", true, true, false));
    static final Replica READY = replica(ReplicaState.RUNNING, "", new ContainerStatus("Running", "", true, true, true));

    @Test
    void theReplicaStatesOfContainerAppsReadAsTheStagesOfAStartUp() {
        assertThat(List.of(ASSIGNING, PULLING, CREATED, STARTED, READY)).extracting(Replica::stage)
                .containsExactly(StartupStage.ASSIGNING, StartupStage.PULLING, StartupStage.CREATED, StartupStage.STARTED,
                        StartupStage.READY);
        assertThat(replica(ReplicaState.NOT_RUNNING, "", new ContainerStatus("Waiting",
                "Container is waiting with reason: ImagePullBackOff", false, false, false)).stage()).isEqualTo(StartupStage.PULLING);
        assertThat(new Replica("r", ReplicaState.UNKNOWN).stage()).isEqualTo(StartupStage.ASSIGNING);
    }

    @Test
    void eachStageChangeIsReportedOnceWithHowLongThePreviousStageLasted() {
        StartupTimeline timeline = new StartupTimeline(StallRules.defaults(), START);

        var first = timeline.observe(List.of(ASSIGNING), START.plusSeconds(1));
        var same = timeline.observe(List.of(ASSIGNING), START.plusSeconds(20));
        var next = timeline.observe(List.of(PULLING), START.plusSeconds(61));

        assertThat(first).containsExactly(new AppEvent.StageReached("app--rev1-abc", StartupStage.ASSIGNING,
                Duration.ofSeconds(1), null, null));
        assertThat(same).isEmpty();
        assertThat(next).containsExactly(new AppEvent.StageReached("app--rev1-abc", StartupStage.PULLING,
                Duration.ofSeconds(61), StartupStage.ASSIGNING, Duration.ofSeconds(60)));
    }

    @Test
    void aStageThatLastsItsLimitIsAStallReportedOnceAndReadyNeverIs() {
        StallRules rules = StallRules.defaults().with(StartupStage.ASSIGNING, Duration.ofMinutes(2));
        StartupTimeline timeline = new StartupTimeline(rules, START);
        timeline.observe(List.of(ASSIGNING), START);

        assertThat(timeline.stalls(START.plusSeconds(119))).isEmpty();
        assertThat(timeline.stalls(START.plusSeconds(120))).containsExactly(new AppEvent.Stalled("app--rev1-abc",
                StartupStage.ASSIGNING, Duration.ofMinutes(2), Duration.ofMinutes(2)));
        assertThat(timeline.stalls(START.plusSeconds(600))).isEmpty();

        timeline.observe(List.of(READY), START.plusSeconds(601));
        assertThat(timeline.stalls(START.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void theDefaultLimitsAreTenMinutesAssigningAndThirtyPulling() {
        assertThat(StallRules.defaults().limit(StartupStage.ASSIGNING)).contains(Duration.ofMinutes(10));
        assertThat(StallRules.defaults().limit(StartupStage.PULLING)).contains(Duration.ofMinutes(30));
        assertThat(StallRules.defaults().limit(StartupStage.READY)).isEmpty();
    }
}
