package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.ConfigLocation;
import dev.infractl.config.JsonFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trying the tool with --local never changes what a later Azure run reads or targets. */
class LocalStateTest {

    @TempDir
    Path folder;

    @Test
    void afterProvisionLocalParamsShowsNoEmulatorSubscriptionAndTheAzureConfigIsUnchanged() {
        LocalProject project = new LocalProject(folder);
        project.write("infra/inference.config.json", AiToolkitProjectTest.NULL_INFERENCE_CONFIG);

        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();

        assertThat(project.read(project.azureConfig())).isEqualTo(AiToolkitProjectTest.NULL_INFERENCE_CONFIG);
        JsonNode local = JsonFiles.read(project.root.resolve(".infractl/envs/local/inference.config.json"));
        assertThat(local.get("SUBSCRIPTION_ID").asText()).isEqualTo(ConfigLocation.EMULATOR_SUBSCRIPTION_ID);
        assertThat(local.get("ACA_APP_ENDPOINT").asText()).isNotBlank();
        assertThat(project.run("params")).as(project.err).isZero();
        assertThat(project.out + project.err).doesNotContain(ConfigLocation.EMULATOR_SUBSCRIPTION_ID)
                .doesNotContain(".infractl/envs/local");
        assertThat(project.run("params", "--output", "json")).as(project.err).isZero();
        assertThat(project.out + project.err).doesNotContain(ConfigLocation.EMULATOR_SUBSCRIPTION_ID);
        assertThat(project.read(project.azureConfig())).isEqualTo(AiToolkitProjectTest.NULL_INFERENCE_CONFIG);
    }

    @Test
    void localCommandsReadTheLocalConfigAndAzureCommandsDoNot() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();
        String endpoint = JsonFiles.read(project.config()).get("ACA_APP_ENDPOINT").asText();

        assertThat(project.run("endpoint", "--local")).as(project.err).isZero();
        assertThat(project.out.strip()).startsWith("https://").contains(endpoint.replaceFirst("^https://", ""));
        assertThat(project.run("status", "--local")).as(project.err).isZero();

        assertThat(project.run("endpoint")).isEqualTo(2);
        assertThat(project.out).isEmpty();
        assertThat(project.err).contains("there is no infra/inference.config.json").contains("add --local");
        assertThat(project.azureConfig()).doesNotExist();
    }

    @Test
    void anEmulatorSubscriptionLeftInTheAzureConfigByAnOlderVersionIsNeverTargeted() {
        LocalProject project = new LocalProject(folder);
        project.write("infra/inference.config.json", "{\n  \"SUBSCRIPTION_ID\": \"" + ConfigLocation.EMULATOR_SUBSCRIPTION_ID
                + "\",\n  \"RESOURCE_GROUP_NAME\": \"rg-local\",\n  \"STORAGE_ACCOUNT_NAME\": \"aistorageabcde\",\n"
                + "  \"FILE_SHARE_NAME\": \"aifileshareabcde\",\n  \"ACA_APP_NAME\": \"aiacaappabcde\",\n"
                + "  \"ACA_APP_ENDPOINT\": \"https://127.0.0.1:40000\"\n}\n");
        project.write("inference/app.py", "v1");

        assertThat(project.run("params", "--output", "json")).as(project.err).isZero();
        JsonNode target = JsonFiles.parse(null, project.out).path("target");
        assertThat(target.toString()).doesNotContain(ConfigLocation.EMULATOR_SUBSCRIPTION_ID).doesNotContain("rg-local");
        assertThat(project.err).contains("infra/inference.config.json holds the local emulator's subscription")
                .contains("ignored");

        assertThat(project.run("deploy")).isEqualTo(2);
        assertThat(project.err).contains("infra/inference.config.json holds the local emulator's subscription")
                .contains("add --local");
        assertThat(project.run("endpoint")).isEqualTo(2);
        assertThat(project.out).isEmpty();
    }
}
