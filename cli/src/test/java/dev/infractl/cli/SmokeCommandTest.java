package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code smoke} and {@code deploy --smoke} against the emulator's fake chat endpoint, over real HTTPS. */
class SmokeCommandTest {

    @TempDir
    Path folder;

    @Test
    void smokePrintsTheAnswerOfTheEmulatorsFakeChatEndpointAndItsLatency() throws IOException {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();
        project.write("inference/app.py", "print('hi')\n");

        assertThat(project.run("deploy", "--local", "--smoke", "--output", "json")).as(project.err).isZero();
        List<JsonNode> lines = MeterCommandsTest.lines(project.out);
        JsonNode smoke = lines.stream().filter(line -> line.get("event").asText().equals("smoke")).findFirst().orElseThrow();
        assertThat(smoke.get("ok").asBoolean()).isTrue();
        assertThat(lines.get(lines.size() - 1).get("event").asText()).isEqualTo("finished");

        assertThat(project.run("smoke", "--local")).as(project.err).isZero();
        assertThat(project.out).containsPattern("POST https://127\\.0\\.0\\.1:\\d+/v1/chat/completions: HTTP 200 in \\d+ ms")
                .contains("answer: Yes, the local emulator's fake model is up.");
    }

    @Test
    void smokeExits1WhenNothingAnswers() throws IOException {
        LocalProject project = new LocalProject(folder);
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        project.write(LocalProject.LOCAL_CONFIG, "{\"ACA_APP_ENDPOINT\": \"https://127.0.0.1:" + closedPort + "\"}");

        assertThat(project.run("smoke", "--local")).isEqualTo(1);
        assertThat(project.err).contains("did not answer well").contains("nothing answered");
    }
}
