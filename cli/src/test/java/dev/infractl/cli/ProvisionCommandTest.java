package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code provision --local} through the real SDK against the in-process emulator over HTTPS. */
class ProvisionCommandTest {

    private static final List<String> TEMPLATE_TYPES = List.of("Microsoft.Storage/storageAccounts",
            "Microsoft.Storage/storageAccounts/fileServices", "Microsoft.Storage/storageAccounts/fileServices/shares",
            "Microsoft.OperationalInsights/workspaces", "Microsoft.App/managedEnvironments",
            "Microsoft.App/managedEnvironments/storages", "Microsoft.App/containerApps");

    @TempDir
    Path folder;

    @Test
    void provisionLocalWritesTheSixKeysAndKeepsTheUsersOwn() throws Exception {
        LocalProject project = new LocalProject(folder);
        project.write(LocalProject.LOCAL_CONFIG, "{\n  \"MY_NOTES\": \"mine\"\n}\n");

        int code = project.run("provision", "--local", "--yes", "--verbose");

        assertThat(code).as(project.err).isZero();
        JsonNode config = JsonFiles.read(project.config());
        assertThat(config.fieldNames()).toIterable().containsExactly("MY_NOTES", "SUBSCRIPTION_ID", "RESOURCE_GROUP_NAME",
                "STORAGE_ACCOUNT_NAME", "FILE_SHARE_NAME", "ACA_APP_NAME", "ACA_APP_ENDPOINT");
        assertThat(config.get("ACA_APP_ENDPOINT").asText()).as("the bare host name the template outputs")
                .isNotBlank().doesNotStartWith("https://");
        assertThat(project.err).contains("Submitted deployment inference-").contains("container app")
                .contains("Wrote .infractl/envs/local/inference.config.json");
        assertThat(project.out).contains("ACA_APP_ENDPOINT");
        assertThat(project.err).as("--verbose logs each request with the credentials redacted")
                .contains("> PUT https://127.0.0.1:").contains("> authorization: REDACTED").doesNotContain("Bearer");
        assertThat(project.err.lines().filter(line -> line.matches("> PUT .*/deployments/inference-[0-9-]+\\?.*")))
                .as("one deployment submitted").hasSize(1);
    }

    @Test
    void withOutputJsonEveryLineParsesEveryResourceShowsAndTheLastLineHasTheOutputs() throws Exception {
        LocalProject project = new LocalProject(folder);

        int code = project.run("provision", "--local", "--yes", "--output", "json");

        assertThat(code).as(project.err).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : project.out.strip().split("\n")) {
            lines.add(JsonFiles.MAPPER.readTree(line));
        }
        assertThat(lines).allSatisfy(line -> assertThat(line.has("event")).isTrue());
        assertThat(lines).filteredOn(line -> line.get("event").asText().equals("resource"))
                .extracting(line -> line.get("resourceType").asText()).containsAll(TEMPLATE_TYPES);
        assertThat(lines).filteredOn(line -> line.get("event").asText().equals("resource"))
                .allSatisfy(line -> assertThat(line.has("resourceName") && line.has("state")).isTrue());
        JsonNode last = lines.get(lines.size() - 1);
        assertThat(last.get("event").asText()).isEqualTo("finished");
        assertThat(last.get("status").asText()).isEqualTo("Succeeded");
        assertThat(last.get("outputs").get("ACA_APP_ENDPOINT").asText()).isNotBlank().doesNotStartWith("https://");
    }

    @Test
    void aNestedQuotaErrorOnTheEnvironmentExitsOneShowsTheInnerErrorAndAHintAndLeavesTheConfig() throws Exception {
        LocalProject project = new LocalProject(folder);
        String before = "{\n  \"ACA_APP_ENDPOINT\": \"https://before.example\"\n}\n";
        project.write(LocalProject.LOCAL_CONFIG, before);
        project.write("faults.json", """
                {"resources": [{"type": "Microsoft.App/managedEnvironments", "error": {
                  "code": "ManagedEnvironmentProvisioningError",
                  "message": "The managed environment could not be provisioned.",
                  "details": [{"code": "SubscriptionNCA100Gpus",
                               "message": "Subscription quota for NCA100 GPUs in swedencentral is 0; 24 requested."}]}}]}
                """);

        int code = project.run("provision", "--local", "--yes", "--emulator-faults", folder.resolve("faults.json").toString());

        assertThat(code).as(project.out + project.err).isEqualTo(1);
        assertThat(project.err).contains("SubscriptionNCA100Gpus: Subscription quota for NCA100 GPUs in swedencentral is 0")
                .contains("failed operations:").contains("Container Apps environment")
                .contains("hint: the subscription lacks GPU quota").contains("portal: https://portal.azure.com/#@/resource/");
        assertThat(project.read(project.config())).isEqualTo(before);

        int json = project.run("provision", "--local", "--yes", "--output", "json", "--emulator-faults",
                folder.resolve("faults.json").toString());

        assertThat(json).isEqualTo(1);
        String last = project.out.strip().substring(project.out.strip().lastIndexOf('\n') + 1);
        JsonNode finished = JsonFiles.MAPPER.readTree(last);
        assertThat(finished.get("status").asText()).isEqualTo("Failed");
        assertThat(finished.findValuesAsText("code")).contains("SubscriptionNCA100Gpus");
        assertThat(finished.get("hints").get(0).asText()).contains("GPU quota");
    }

    @Test
    void aSecondRunFindsTheSameResourcesAndTheStatusOfTheLatestDeployment() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();

        int code = project.run("status", "--local", "--output", "json");

        assertThat(code).as(project.err).isZero();
        assertThat(project.out).contains("\"event\":\"submitted\"").contains("\"status\":\"Succeeded\"");
    }

    @Test
    void noWaitReturnsAfterSubmissionAndStatusAttachFollowsItToTheEndAndWritesTheConfig() {
        LocalProject project = new LocalProject(folder);

        int submitted = project.run("provision", "--local", "--yes", "--no-wait");

        assertThat(submitted).as(project.err).isZero();
        assertThat(project.err).contains("not waiting. Follow it with `infractl status --attach")
                .as("the hint repeats --local and -C, without which it would look on Azure, elsewhere")
                .contains("--attach -C " + folder + " --local`");
        assertThat(project.config()).doesNotExist();

        int attached = project.run("status", "--local", "--attach");

        assertThat(attached).as(project.err).isZero();
        assertThat(project.err).contains("Following deployment inference-").contains("Succeeded");
        assertThat(project.read(project.config())).contains("ACA_APP_ENDPOINT");
    }

    @Test
    void cancelStopsTheRunningDeploymentAndStatusThenShowsItCanceled() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes", "--no-wait", "--emulator-speed", "0.1")).as(project.err).isZero();

        int cancelled = project.run("cancel", "--local", "--emulator-speed", "0.1");

        assertThat(cancelled).as(project.err).isZero();
        assertThat(project.out).contains("Cancellation of deployment inference-");
        int status = project.run("status", "--local", "--attach", "--output", "json");
        assertThat(project.out).contains("\"status\":\"Canceled\"");
        assertThat(status).isEqualTo(1);
        assertThat(project.config()).doesNotExist();
    }

    @Test
    void badInputStopsBeforeAnyRequestWithExitTwo() {
        LocalProject project = new LocalProject(folder);

        int code = project.run("provision", "--local", "--yes", "--param", "storageAccountName=Bad_Name", "--verbose");

        assertThat(code).isEqualTo(2);
        assertThat(project.err).contains("storageAccountName").doesNotContain("> PUT").doesNotContain("> HEAD");
        assertThat(project.run("provision", "--local", "--arm-endpoint", "https://127.0.0.1:1/")).isEqualTo(2);
        assertThat(project.err).contains("--local and --arm-endpoint exclude each other");
    }

    @Test
    void aNamedBicepCompilerThatIsMissingIsBadInputBeforeAnyRequest() {
        LocalProject project = new LocalProject(folder);

        int code = project.run("provision", "--local", "--yes", "--bicep", folder.resolve("no-such-bicep").toString(),
                "--verbose");

        assertThat(code).isEqualTo(2);
        assertThat(project.err).contains("no-such-bicep").doesNotContain("> PUT");
    }
}
