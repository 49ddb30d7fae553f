package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import dev.infractl.template.FakeBicep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 6: a project in the AI Toolkit's layout (examples/aitk-finetuned) after its fine-tuning
 * provisioning ran. Inference is provisioned next to it, through the real SDK against the emulator, with the
 * project's own template and with the bundled one: only a container app is added, on the fine-tuning GPU
 * profile; nothing shared is changed; deploy and endpoint work on the config it writes.
 */
class InferenceNextToFineTuningTest {

    static final Path EXAMPLE = Path.of("examples/aitk-finetuned");

    @TempDir
    Path folder;

    private Emulator emulator;
    private FineTunedGroup group;
    private LocalProject project;
    private Map<String, JsonNode> finetuning;

    @BeforeEach
    void fineTuningRan() throws IOException {
        Path root = Files.createDirectories(folder.resolve("project"));
        LocalProject.copyExample(EXAMPLE, root);
        project = new LocalProject(root, false);
        openEmulator();
        finetuning = group.provisionFineTuning(root);
    }

    @AfterEach
    void stopEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }

    /** The emulator on the project's --local state, so that --local commands see the same resources. */
    private void openEmulator() {
        emulator = Emulator.start(EmulatorSettings.defaults(project.root.resolve(".infractl/local")).withSpeed(50)
                .withAppStartup(Duration.ofMillis(100)));
        group = new FineTunedGroup(emulator);
    }

    private void closeEmulator() {
        emulator.close();
        emulator = null;
    }

    @Test
    void theProjectsOwnTemplateAddsOnlyTheAppAndChangesNothingShared() throws IOException {
        FakeBicep bicep = FakeBicep.at(folder.resolve("bicep"))
                .printingOnStdout(Files.readString(project.root.resolve("infra/provision/inference.json")));

        provisionDeployAndAskTheEndpoint("--bicep", bicep.path().toString());
    }

    @Test
    void theBundledTemplateReusesWhatFineTuningMadeAsItIs() throws IOException {
        assertThat(project.run("init", "--force")).as(project.err).isZero();

        String err = provisionDeployAndAskTheEndpoint();

        assertThat(err).containsPattern("reuse +Container Apps environment +aienv\\w{5} +\\(name from fine-tuning job aiacajob");
        assertThat(err).containsPattern("reuse +storage account +aistorage\\w{5}");
        assertThat(err).containsPattern("reuse +Log Analytics workspace +ailog\\w{5}");
        assertThat(err).containsPattern("create +container app +aiacaapp\\w{5}");
    }

    @Test
    void paramsShowsWhereEachReusedNameComesFrom() throws IOException {
        assertThat(project.run("init", "--force")).as(project.err).isZero();

        closeEmulator();
        assertThat(run("params", "--output", "json")).as(project.err).isZero();

        JsonNode parameters = JsonFiles.MAPPER.readTree(project.out).path("parameters");
        String job = finetuning.get("ACA_JOB_NAME").asText();
        assertThat(parameters.path("acaEnvironmentName").path("source").asText()).isEqualTo("fine-tuning job " + job + " (ARM)");
        assertThat(parameters.path("gpuWorkloadProfileName").path("value").asText()).isEqualTo("GPU");
        assertThat(parameters.path("gpuWorkloadProfileName").path("source").asText()).isEqualTo("fine-tuning job " + job + " (ARM)");
        assertThat(parameters.path("acaLogAnalyticsName").path("source").asText()).startsWith("logs of environment aienv");
        assertThat(parameters.path("acaEnvironmentStorageName").path("source").asText()).contains("link to share");
        assertThat(parameters.path("reuseEnvironment").path("value").asBoolean()).isTrue();
        assertThat(parameters.path("storageAccountName").path("source").asText()).contains("finetuning.config.json");
    }

    /** Provisions inference, checks the group, deploys and asks for the endpoint with both endpoint forms. */
    private String provisionDeployAndAskTheEndpoint(String... extra) throws IOException {
        String job = finetuning.get("ACA_JOB_NAME").asText();
        JsonNode environmentBefore = only(group.list("Microsoft.App/managedEnvironments"));
        JsonNode accountBefore = only(group.list("Microsoft.Storage/storageAccounts"));
        JsonNode jobBefore = group.get("Microsoft.App/jobs/" + job);
        closeEmulator();

        assertThat(run(Stream.concat(Stream.of("provision"), Stream.of(extra)).toArray(String[]::new)))
                .as(project.err).isZero();
        String provisionErr = project.err;
        openEmulator();

        JsonNode environment = only(group.list("Microsoft.App/managedEnvironments"));
        JsonNode account = only(group.list("Microsoft.Storage/storageAccounts"));
        only(group.list("Microsoft.OperationalInsights/workspaces"));
        only(group.list("Microsoft.Storage/storageAccounts/" + account.path("name").asText() + "/fileServices/default/shares"));
        JsonNode app = only(group.list("Microsoft.App/containerApps"));
        assertThat(app.path("properties").path("workloadProfileName").asText()).isEqualTo("GPU");
        assertThat(app.path("properties").path("managedEnvironmentId").asText())
                .isEqualToIgnoringCase(environment.path("id").asText());
        assertThat(environment.path("properties").path("workloadProfiles"))
                .isEqualTo(environmentBefore.path("properties").path("workloadProfiles"));
        assertThat(settings(account)).isEqualTo(settings(accountBefore));
        assertThat(group.get("Microsoft.App/jobs/" + job)).isEqualTo(jobBefore);

        JsonNode config = JsonFiles.MAPPER.readTree(project.config().toFile());
        assertThat(config.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("SUBSCRIPTION_ID",
                "RESOURCE_GROUP_NAME", "STORAGE_ACCOUNT_NAME", "FILE_SHARE_NAME", "ACA_APP_NAME", "ACA_APP_ENDPOINT");
        assertThat(config.path("STORAGE_ACCOUNT_NAME").asText()).isEqualTo(finetuning.get("STORAGE_ACCOUNT_NAME").asText());
        String fqdn = config.path("ACA_APP_ENDPOINT").asText();
        assertThat(fqdn).as("the bare host name, as the template outputs it").doesNotStartWith("https://");
        closeEmulator();

        deployAndAskTheEndpoint(fqdn);
        project.write("infra/inference.config.json", project.read(project.config())
                .replace("\"" + fqdn + "\"", "\"https://" + fqdn + "\""));
        deployAndAskTheEndpoint(fqdn);
        return provisionErr;
    }

    private void deployAndAskTheEndpoint(String fqdn) {
        assertThat(run("deploy")).as(project.err).isZero();
        assertThat(run("endpoint")).as(project.err).isZero();
        assertThat(project.out.strip()).isEqualTo("https://" + fqdn);
    }

    /** Runs infractl with --local: its own emulator on the same state, through the real SDK over HTTPS. */
    private int run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--local");
        return project.run(all.toArray(String[]::new));
    }

    /** A storage account's settings; its endpoints name the emulator's port, which changes per start. */
    private static JsonNode settings(JsonNode account) {
        com.fasterxml.jackson.databind.node.ObjectNode properties = account.path("properties").deepCopy();
        properties.remove("primaryEndpoints");
        return properties;
    }

    private static JsonNode only(List<JsonNode> resources) {
        assertThat(resources).hasSize(1);
        return resources.get(0);
    }
}
