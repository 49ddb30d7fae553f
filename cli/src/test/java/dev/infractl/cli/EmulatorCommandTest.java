package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.TlsTrust;
import dev.infractl.config.JsonFiles;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorCommandTest {

    @TempDir
    Path state;

    @Test
    void theCommandPrintsOneJsonLineThenServesUntilInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(cli.execute("emulator", "--port", "0", "--state", state.toString())));
        serving.start();
        for (int i = 0; i < 500 && !out.toString().contains("\n"); i++) {
            Thread.sleep(20);
        }
        String printed = out.toString();
        serving.interrupt();
        serving.join(10_000);

        assertThat(printed.lines()).hasSize(1);
        JsonNode line = JsonFiles.MAPPER.readTree(printed);
        assertThat(URI.create(line.path("arm_endpoint").asText()).getHost()).isEqualTo("127.0.0.1");
        assertThat(Path.of(line.path("ca_cert").asText())).startsWith(state.toAbsolutePath());
        assertThat(Files.readString(Path.of(line.path("ca_cert").asText()))).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(line.path("token").asText()).isNotBlank();
        assertThat(line.path("subscription_id").asText()).isNotBlank();
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
    }

    @Test
    void aPortInUseIsBadInputWithAHint() throws Exception {
        try (var running = Emulator.start(
                EmulatorSettings.defaults(state.resolve("first")))) {
            StringWriter err = new StringWriter();
            var cli = Main.commandLine();
            cli.setErr(new PrintWriter(err, true));

            int code = cli.execute("emulator", "--state", state.resolve("second").toString(),
                    "--port", Integer.toString(running.armEndpoint().getPort()));

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("hint: choose another --port");
        }
    }

    @Test
    void aCorruptStateFileIsBadInputWithAHint() throws Exception {
        Files.writeString(state.resolve("state.json"), "{ half a file");
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("emulator", "--state", state.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("state.json").contains("hint: delete the state folder");
    }

    @Test
    void aFaultsFileThatIsNotJsonIsBadInput() throws Exception {
        Path faults = Files.writeString(state.resolve("faults.json"), "{ not json");
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("emulator", "--state", state.toString(), "--emulator-faults", faults.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("faults");
    }

    @Test
    void aFaultsFileWithUnknownKeysAndWrongTypesNamesEveryProblemWithoutAStackTrace() throws Exception {
        Path faults = Files.writeString(state.resolve("faults.json"), """
                {"requests": [{"path": "/deployments/", "status": "429", "evry": 2}, {"path": "("}],
                 "resources": [{"name": "x"}], "quota": {}}
                """);
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("emulator", "--state", state.resolve("s").toString(), "--emulator-faults", faults.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("$.requests[0].status").contains("$.requests[0].evry").contains("$.requests[1].path")
                .contains("$.requests[1] needs one of").contains("$.resources[0].type").contains("$.quota ")
                .contains("docs/emulator.md").doesNotContain("\tat dev.infractl").doesNotContain("Exception");
        assertThat(state.resolve("s")).doesNotExist();
    }

    @Test
    void brokenFaultsJsonNamesLineAndColumn() throws Exception {
        Path faults = Files.writeString(state.resolve("faults.json"), "{\n  \"requests\": [\n    {\"status\": 503 ]\n}\n");
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("emulator", "--state", state.toString(), "--emulator-faults", faults.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("faults.json:3:").doesNotContain("StreamReadFeature").doesNotContain("\tat ");
    }

    @Test
    void speedZeroAndAnImpossiblePortAreBadOptionsNamedWithTheirRange() {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("emulator", "--state", state.resolve("s").toString(), "--speed", "0", "--port", "70000");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--speed 0.0").contains("--port 70000").contains("1 to 65535")
                .doesNotContain("faults").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(state.resolve("s")).doesNotExist();
    }

    @Test
    void verboseLogsOneLinePerRequestWithoutTheToken() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Thread serving = new Thread(() -> cli.execute("emulator", "--port", "0", "--state", state.toString(), "--verbose"));
        serving.start();
        for (int i = 0; i < 1500 && !out.toString().contains("\n"); i++) {
            Thread.sleep(20);
        }
        JsonNode line = JsonFiles.MAPPER.readTree(out.toString());
        try (var joined = Emulator.startOrJoin(EmulatorSettings.defaults(state))) {
            assertThat(joined.armEndpoint().toString()).isEqualTo(line.path("arm_endpoint").asText());
            var http = java.net.http.HttpClient.newBuilder().sslContext(TlsTrust.trusting(joined.caCertificate())).build();
            var response = http.send(java.net.http.HttpRequest.newBuilder(joined.armEndpoint()
                            .resolve("/subscriptions?api-version=2022-12-01")).header("Authorization", "Bearer " + joined.token())
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertThat(err.toString().lines().filter(l -> l.startsWith("emulator: GET /subscriptions?api-version=2022-12-01 -> 200")))
                .hasSize(1);
        assertThat(err.toString()).doesNotContain(line.path("token").asText()).doesNotContain("Bearer");
    }
}
