package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.app.StartupWatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy and endpoint --wait follow each replica through its start-up stages and catch a stall, against the
 * emulator (replica stages timed by the faults file's replicaStartup) through the real SDK.
 */
class StartupTimelineCommandTest {

    @TempDir
    Path folder;

    /** Looks at the endpoint and the replicas every 100 ms instead of every few seconds. */
    static final Consumer<Object> OFTEN = command -> {
        StartupWatch often = StartupWatch.defaults().withCadence(Duration.ofMillis(100), Duration.ofMillis(100));
        if (command instanceof DeployCommand deploy) {
            deploy.stalls.cadence = often;
        } else if (command instanceof EndpointCommand endpoint) {
            endpoint.stalls.cadence = often;
        }
    };

    @Test
    void aNormalStartUpShowsEachStageOfTheReplicaInOrderAsNdjsonEvents() throws Exception {
        LocalProject project = provisioned();
        project.write("inference/app.py", "print('hello')\n");
        // one second per stage at the tests' speed 50
        String faults = faults("{\"replicaStartup\": {\"assigningMs\": 50000, \"pullingMs\": 50000, \"createdMs\": 50000,"
                + " \"startedMs\": 50000}}");

        int code = project.run(OFTEN, "deploy", "--local", "--output", "json", "--emulator-faults", faults);

        assertThat(code).as(project.err).isZero();
        List<JsonNode> lines = MeterCommandsTest.lines(project.out);
        List<JsonNode> stages = events(lines, "stage");
        assertThat(stages).extracting(line -> line.get("stage").asText())
                .containsExactly("assigning", "pulling", "created", "started", "ready");
        assertThat(stages).extracting(line -> line.get("replica").asText()).containsOnly(stages.get(0).get("replica").asText());
        assertThat(stages.get(4).get("previous").asText()).isEqualTo("started");
        assertThat(stages.get(4).get("previousMs").asLong()).isPositive();
        assertThat(lines).extracting(line -> line.get("event").asText()).containsSubsequence("restarted", "stage", "ready", "finished");
        assertThat(lines.get(lines.size() - 1).get("status").asText()).isEqualTo("Succeeded");
    }

    @Test
    void aReplicaHeldInAssigningIsReportedAsAStallAndStopOnStallScalesTheAppToZero() throws Exception {
        LocalProject project = keepingOneReplica();
        String faults = faults("{\"replicaStartup\": {\"holdIn\": \"assigning\"}}");

        int code = project.run(OFTEN, "endpoint", "--wait", "--local", "--output", "json", "--timeout", "10m",
                "--stall-after", "assigning=1s", "--stop-on-stall", "--emulator-faults", faults);

        assertThat(code).as(project.err).isEqualTo(1);
        List<JsonNode> lines = MeterCommandsTest.lines(project.out);
        JsonNode stalled = events(lines, "stalled").get(0);
        assertThat(stalled.get("stage").asText()).isEqualTo("assigning");
        assertThat(stalled.get("limitMs").asLong()).isEqualTo(1000);
        assertThat(stalled.get("lastedMs").asLong()).isGreaterThanOrEqualTo(1000);
        assertThat(stalled.get("meaning").asText()).contains("GPU capacity");
        assertThat(events(lines, "systemEvents").get(0).get("lines").toString()).as("from the app's eventstream")
                .contains("AssigningReplica").doesNotContain("PullingImage");
        assertThat(lines).extracting(line -> line.get("event").asText()).containsSubsequence("stage", "stalled", "scaled", "finished");
        JsonNode scaled = events(lines, "scaled").get(0);
        assertThat(scaled.get("minReplicasBefore").asInt()).isEqualTo(1);
        assertThat(scaled.get("minReplicas").asInt()).isZero();
        assertThat(lines.get(lines.size() - 1).get("status").asText()).isEqualTo("Stalled");
        assertThat(project.err).contains("made no progress assigning a node for longer than 1s").contains("minimum is now 0 replicas").contains("infractl start");
        MeterCommandsTest.withApp(project, (scaling, app) -> {
            assertThat(app.scale().minReplicas()).isZero();
            assertThat(app.replicas()).isZero();
        });
    }

    @Test
    void withoutStopOnStallAStallIsExplainedAndTheWaitGoesOnUntilItsTimeout() throws Exception {
        LocalProject project = keepingOneReplica();
        String faults = faults("{\"replicaStartup\": {\"holdIn\": \"pulling\", \"assigningMs\": 0}}");

        int code = project.run(OFTEN, "endpoint", "--wait", "--local", "--timeout", "3s", "--stall-after", "pulling=1s",
                "--emulator-faults", faults);

        assertThat(code).as(project.err).isEqualTo(4);
        assertThat(project.err).contains("stalled: pulling the image").contains("usually: the image is very large")
                .contains("hint: look for ErrImagePull").contains("the environment's latest system events")
                .contains("Normal PullingImage").doesNotContain("ContainerCreated");
        MeterCommandsTest.withApp(project, (scaling, app) -> assertThat(app.scale().minReplicas())
                .as("no stop without --stop-on-stall").isEqualTo(1));
    }

    @Test
    void aStallLimitForAStageThatDoesNotExistIsBadInput() {
        LocalProject project = new LocalProject(folder);

        int code = project.run("endpoint", "--wait", "--local", "--stall-after", "booting=5m");

        assertThat(code).isEqualTo(2);
        assertThat(project.err).contains("'booting' is not a start-up stage").contains("assigning, pulling, created, started");
    }

    @Test
    void stallOptionsWhereNothingIsWaitedForAreBadInput() {
        LocalProject project = new LocalProject(folder);

        assertThat(project.run("endpoint", "--local", "--stop-on-stall")).isEqualTo(2);
        assertThat(project.err).contains("--stop-on-stall needs --wait");
        assertThat(project.run("deploy", "--local", "--no-wait", "--stall-after", "pulling=5m")).isEqualTo(2);
        assertThat(project.err).contains("--stall-after needs deploy to wait");
    }

    private static List<JsonNode> events(List<JsonNode> lines, String event) {
        return lines.stream().filter(line -> line.get("event").asText().equals(event)).toList();
    }

    /** minReplicas 1, so that scaling to zero is a change. */
    private LocalProject keepingOneReplica() {
        LocalProject project = provisioned();
        assertThat(project.run("scale", "--local", "--min", "1", "--max", "1")).as(project.err).isZero();
        return project;
    }

    private LocalProject provisioned() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();
        return project;
    }

    private String faults(String json) throws Exception {
        return Files.writeString(folder.resolve("faults.json"), json).toString();
    }
}
