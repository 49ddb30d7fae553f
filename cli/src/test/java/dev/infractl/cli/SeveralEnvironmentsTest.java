package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Several environments of one project in one process (provision/deploy/plan --env A --env B, --all-envs) against
 * one standalone emulator reached as a custom cloud (--arm-endpoint, --ca-cert, INFRACTL_ACCESS_TOKEN) through
 * the real SDK.
 */
class SeveralEnvironmentsTest {

    @TempDir
    Path folder;

    @TempDir
    Path emulatorState;

    Emulator emulator;

    LocalProject project;

    @AfterEach
    void stopEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void devAndProdProvisionedAtOnceWriteTheirOwnConfigsLandInTheirOwnGroupsAndEveryEventSaysWhich() {
        start(null);
        newEnvironments("rg-phi3-dev", "rg-phi3-prod");

        int code = run("provision", "--yes", "--env", "dev", "--env", "prod", "--output", "json");

        assertThat(code).as(project.err).isZero();
        JsonNode dev = JsonFiles.read(folder.resolve(".infractl/envs/dev/inference.config.json"));
        JsonNode prod = JsonFiles.read(folder.resolve(".infractl/envs/prod/inference.config.json"));
        assertThat(dev.get("RESOURCE_GROUP_NAME").asText()).isEqualTo("rg-phi3-dev");
        assertThat(prod.get("RESOURCE_GROUP_NAME").asText()).isEqualTo("rg-phi3-prod");
        assertThat(project.read(project.azureConfig())).isEqualTo(AiToolkitProjectTest.NULL_INFERENCE_CONFIG);
        assertThat(folder.resolve(".infractl/locks/dev.lock")).as("each environment takes its own lock").exists();
        assertThat(folder.resolve(".infractl/locks/prod.lock")).exists();
        String state = emulatorState();
        for (String env : List.of("dev", "prod")) {
            assertThat(state).contains("/resourcegroups/rg-phi3-" + env + "/providers/microsoft.app/containerapps/")
                    .contains("/resourcegroups/rg-phi3-" + env + "/providers/microsoft.storage/storageaccounts/");
        }
        List<JsonNode> events = lines(project.out);
        JsonNode summary = events.get(events.size() - 1);
        assertThat(events.subList(0, events.size() - 1)).as(project.out).isNotEmpty()
                .allSatisfy(event -> assertThat(event.path("env").asText()).isIn("dev", "prod"));
        assertThat(finished(events, "dev").path("status").asText()).isEqualTo("Succeeded");
        assertThat(finished(events, "prod").path("outputs").path("RESOURCE_GROUP_NAME").asText()).isEqualTo("rg-phi3-prod");
        assertThat(summary.path("event").asText()).isEqualTo("finished");
        assertThat(summary.has("env")).isFalse();
        assertThat(summary.path("exitCode").asInt()).isZero();
        assertThat(summary.path("environments").findValuesAsText("env")).containsExactly("dev", "prod");
    }

    @Test
    void whenProdFailsByAnInjectedFaultDevStillSucceedsAndTheExitCodeIsTheWorstOfThem() throws IOException {
        Path faults = Files.writeString(folder.resolve("faults.json"), """
                {"resources": [{"type": "Microsoft.App/containerApps", "name": "app-prod",
                  "error": {"code": "ContainerAppProvisioningError", "message": "injected for prod"}}]}
                """);
        start(faults);
        newEnvironments("rg-phi3-dev", "rg-phi3-prod");
        project.write(".infractl/envs/prod/parameters.json", """
                {"parameters": {"acaAppName": {"value": "app-prod"}}}
                """);

        int code = run("provision", "--yes", "--env", "dev", "--env", "prod", "--output", "json");

        assertThat(code).as(project.err).isEqualTo(1);
        List<JsonNode> events = lines(project.out);
        assertThat(finished(events, "dev").path("exitCode").asInt()).isZero();
        assertThat(finished(events, "prod").path("exitCode").asInt()).isEqualTo(1);
        assertThat(finished(events, "prod").toString()).contains("injected for prod");
        assertThat(JsonFiles.read(folder.resolve(".infractl/envs/dev/inference.config.json"))
                .path("ACA_APP_ENDPOINT").asText()).isNotEmpty();
        JsonNode summary = events.get(events.size() - 1);
        assertThat(summary.path("exitCode").asInt()).isEqualTo(1);
        assertThat(summary.path("environments").get(0).path("exitCode").asInt()).isZero();
        assertThat(summary.path("environments").get(1).path("exitCode").asInt()).isEqualTo(1);
        assertThat(project.err).contains("Environments:").containsPattern("dev +ok \\(exit 0\\)")
                .containsPattern("prod +failed \\(exit 1\\)");
    }

    @Test
    void twoEnvironmentsAimedAtOneResourceGroupAreRefusedBeforeAnythingIsSent() {
        start(null);
        newEnvironments("rg-shared", "RG-Shared");

        int code = run("provision", "--yes", "--env", "dev", "--env", "prod");

        assertThat(code).as(project.err).isEqualTo(2);
        assertThat(project.err).contains("environments dev and prod both target resource group rg-shared")
                .contains("hint: give each its own group");
        assertThat(emulatorState()).doesNotContain("rg-shared");
    }

    @Test
    void aBrokenParametersFileInProdIsReportedForProdAndNeitherEnvironmentRuns() {
        start(null);
        newEnvironments("rg-phi3-dev", "rg-phi3-prod");
        project.write(".infractl/envs/prod/parameters.json", "{\"parameters\": {\"acaAppName\": {\"value\": \"x\"\n");

        int code = run("provision", "--yes", "--env", "dev", "--env", "prod");

        assertThat(code).as(project.err).isEqualTo(2);
        assertThat(project.err).contains("[prod] error:").contains(".infractl/envs/prod/parameters.json")
                .doesNotContain("[dev] error:").containsPattern("dev +checked, not run");
        assertThat(emulatorState()).doesNotContain("rg-phi3-dev").doesNotContain("rg-phi3-prod");
        assertThat(folder.resolve(".infractl/envs/dev/inference.config.json")).doesNotExist();
    }

    @Test
    void planAndDeployTakeTheSameOptionsAndMarkEachLineWithItsEnvironment() {
        start(null);
        newEnvironments("rg-phi3-dev", "rg-phi3-prod");
        assertThat(run("provision", "--yes", "--all-envs")).as(project.err).isZero();
        project.write("inference/app.py", "print('hello')\n");

        int planned = run("plan", "--all-envs");

        assertThat(planned).as(project.err).isZero();
        assertThat(project.out).contains("[dev] ").contains("[prod] ");
        assertThat(project.err).containsPattern("dev +ok \\(exit 0\\)").containsPattern("prod +ok \\(exit 0\\)");

        int deployed = run("deploy", "--no-wait", "--env", "dev", "--env", "prod", "--output", "json");

        assertThat(deployed).as(project.err).isZero();
        List<JsonNode> events = lines(project.out);
        assertThat(finished(events, "dev").path("uploaded").asInt()).isEqualTo(1);
        assertThat(finished(events, "prod").path("uploaded").asInt()).isEqualTo(1);
    }

    @Test
    void allEnvsLeavesOutLocalAndTheProjectsOwnFilesAndAMisspeltNameStopsTheRun() {
        start(null);
        newEnvironments("rg-phi3-dev", "rg-phi3-prod");
        project.write(".infractl/envs/local/inference.config.json", AiToolkitProjectTest.NULL_INFERENCE_CONFIG);
        TargetOptions target = new TargetOptions();
        target.variables = Map.of();
        EnvironmentChoice choice = new EnvironmentChoice();
        choice.all = true;

        assertThat(choice.several(new dev.infractl.config.ProjectLayout(folder), target)).containsExactly("dev", "prod");

        assertThat(run("provision", "--env", "dev", "--env", "pord", "--env", "local")).isEqualTo(2);
        assertThat(project.err).contains("there is no environment named pord")
                .contains("cannot run together").contains("hint: run `--env local` (or --local) on its own");
        assertThat(emulatorState()).doesNotContain("rg-phi3-dev");
    }

    @Test
    void commandsOtherThanProvisionDeployAndPlanTakeOneEnvironmentAndSaySo() {
        project = new LocalProject(folder);

        assertThat(project.run("status", "--env", "dev", "--env", "prod")).isEqualTo(2);
        assertThat(project.err).contains("--env names 2 environments")
                .contains("hint: only provision, deploy and plan run several environments at once");
    }

    @Test
    void theEnvironmentsOfOneRunShareOneConnectionOneHttpClientAndOneCredential() {
        start(null);
        newEnvironments("rg-phi3-dev", "rg-phi3-prod");
        ProvisionCommand command = new ProvisionCommand();
        new CommandLine(command).parseArgs("-C", folder.toString(), "--arm-endpoint", emulator.armEndpoint().toString(),
                "--ca-cert", emulator.caCertificate().toString(), "--all-envs");
        var sessions = AzureSession.shared(command.common, command.target,
                Map.of("INFRACTL_ACCESS_TOKEN", emulator.token()), new PrintWriter(new StringWriter()));

        try (AzureSession dev = sessions.apply(command.target.forEnvironment("dev"));
             AzureSession prod = sessions.apply(command.target.forEnvironment("prod"))) {
            assertThat(prod.connection()).isSameAs(dev.connection());
            assertThat(prod.connection().httpClient()).isSameAs(dev.connection().httpClient());
            assertThat(prod.connection().credential()).isSameAs(dev.connection().credential());
            assertThat(dev.config().file()).isEqualTo(folder.resolve(".infractl/envs/dev/inference.config.json"));
            assertThat(prod.config().file()).isEqualTo(folder.resolve(".infractl/envs/prod/inference.config.json"));
        }
    }

    private void start(Path faults) {
        EmulatorSettings settings = EmulatorSettings.defaults(emulatorState).withSpeed(50);
        emulator = Emulator.start(faults == null ? settings : settings.withFaults(faults));
        project = new LocalProject(folder);
        project.write("infra/inference.config.json", AiToolkitProjectTest.NULL_INFERENCE_CONFIG);
    }

    private void newEnvironments(String devGroup, String prodGroup) {
        assertThat(project.run("env", "new", "dev", "--subscription", emulator.subscriptionId(),
                "--resource-group", devGroup, "--location", "swedencentral")).as(project.err).isZero();
        assertThat(project.run("env", "new", "prod", "--subscription", emulator.subscriptionId(),
                "--resource-group", prodGroup, "--location", "swedencentral")).as(project.err).isZero();
    }

    /** Runs a command at the emulator as a custom cloud, with its token. */
    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--arm-endpoint", emulator.armEndpoint().toString(),
                "--ca-cert", emulator.caCertificate().toString()));
        Map<String, String> token = Map.of("INFRACTL_ACCESS_TOKEN", emulator.token());
        return project.run(command -> {
            if (command instanceof ProvisionCommand provision) {
                provision.environment = token;
            } else if (command instanceof DeployCommand deploy) {
                deploy.environment = token;
            } else if (command instanceof PlanCommand plan) {
                plan.environment = token;
            }
        }, all.toArray(String[]::new));
    }

    /** The emulator's state: a snapshot plus the changes journaled after it. */
    private String emulatorState() {
        try {
            Path snapshot = emulatorState.resolve("state.json");
            Path journal = emulatorState.resolve("state.journal");
            return ((Files.exists(snapshot) ? Files.readString(snapshot) : "")
                    + (Files.exists(journal) ? Files.readString(journal) : "")).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> lines(String ndjson) {
        return ndjson.lines().filter(line -> !line.isBlank()).map(line -> {
            try {
                return JsonFiles.MAPPER.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(line, e);
            }
        }).toList();
    }

    /** The environment's own finished event (the run's summary has no env). */
    private static JsonNode finished(List<JsonNode> events, String env) {
        return events.stream().filter(event -> "finished".equals(event.path("event").asText())
                && env.equals(event.path("env").asText())).findFirst().orElseThrow(() -> new AssertionError(
                "no finished event for " + env + " in " + events));
    }
}
