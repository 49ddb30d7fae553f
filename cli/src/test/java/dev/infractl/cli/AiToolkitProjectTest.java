package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project filled the way the AI Toolkit writes it after its fine-tuning provisioning: every config key
 * null in inference.config.json, the fine-tuning job and its COMMANDS array in finetuning.config.json,
 * {@code {"value": null}} in the parameters file. Our own fixtures, written from the files' documented shape.
 */
class AiToolkitProjectTest {

    static final String NULL_INFERENCE_CONFIG = """
            {
              "SUBSCRIPTION_ID": null,
              "RESOURCE_GROUP_NAME": null,
              "STORAGE_ACCOUNT_NAME": null,
              "FILE_SHARE_NAME": null,
              "ACA_APP_NAME": null,
              "ACA_APP_ENDPOINT": null
            }
            """;

    static final String FINETUNING_CONFIG = """
            {
              "SUBSCRIPTION_ID": "8f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
              "RESOURCE_GROUP_NAME": "rg-phi3-ft",
              "STORAGE_ACCOUNT_NAME": "aistoragek3j2x",
              "FILE_SHARE_NAME": "aifilesharek3j2x",
              "ACA_JOB_NAME": "aiacajobk3j2x",
              "COMMANDS": [
                "cd /mount",
                "pip install huggingface-hub==0.22.2",
                "python3 ./finetuning/invoke_olive.py && find models/ -print | grep adapter/adapter"
              ]
            }
            """;

    @TempDir
    Path folder;

    @Test
    void paramsInANullValuedProjectWithAFinetuningJobExitsZeroAndShowsWhereEachNameComesFrom() throws IOException {
        LocalProject project = aiToolkitProject();

        assertThat(project.run("params")).as(project.err).isZero();

        assertThat(project.out.lines()).anyMatch(line -> line.matches(
                        "storageAccountName +aistoragek3j2x +infra/finetuning.config.json \\$.STORAGE_ACCOUNT_NAME"))
                .anyMatch(line -> line.matches(
                        "fileShareName +aifilesharek3j2x +infra/finetuning.config.json \\$.FILE_SHARE_NAME"))
                .anyMatch(line -> line.matches("acaAppName +\\S+ +template default.*"));
        assertThat(project.err)
                .contains("resource group: rg-phi3-ft (infra/finetuning.config.json RESOURCE_GROUP_NAME)")
                .contains("note: fine-tuning job: aiacajobk3j2x (infra/finetuning.config.json $.ACA_JOB_NAME)")
                .contains("note: fine-tuning commands: 3 commands from infra/finetuning.config.json $.COMMANDS")
                .doesNotContain("error");
        assertThat(project.read(project.root.resolve("infra/inference.config.json"))).isEqualTo(NULL_INFERENCE_CONFIG);
    }

    @Test
    void paramsAsJsonKeepsCommandsOutOfTheParameters() throws IOException {
        LocalProject project = aiToolkitProject();

        assertThat(project.run("params", "--output", "json")).as(project.err).isZero();

        JsonNode parameters = JsonFiles.parse(null, project.out).path("parameters");
        assertThat(parameters.has("COMMANDS")).isFalse();
        assertThat(parameters.path("defaultCommands").path("value").toString()).doesNotContain("invoke_olive");
    }

    @Test
    void provisionLocalRunsWithTheFinetuningJobAndItsCommandsArray() {
        LocalProject project = aiToolkitProject();
        project.write("infra/finetuning.config.json", FINETUNING_CONFIG.replace("rg-phi3-ft", "rg-local-ft"));

        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();

        assertThat(project.err).doesNotContain("must be a string").contains("note: fine-tuning job: aiacajobk3j2x");
        assertThat(JsonFiles.read(project.config()).get("STORAGE_ACCOUNT_NAME").asText()).isEqualTo("aistoragek3j2x");
    }

    @Test
    void maximumInstanceCountComesFromFinetuningParametersWhenTheInferenceTemplateDeclaresNoDefault() {
        LocalProject project = aiToolkitProject();
        ObjectNode template = (ObjectNode) JsonFiles.read(project.root.resolve("infra/provision/inference.json"));
        ((ObjectNode) template.path("parameters").path("maximumInstanceCount")).remove("defaultValue");
        project.write("infra/provision/inference.json", JsonFiles.toText(template));
        project.write("infra/provision/finetuning.parameters.json",
                "{\"parameters\": {\"maximumInstanceCount\": {\"value\": 2}, \"location\": {\"value\": null}}}");

        assertThat(project.run("params", "--output", "json")).as(project.err).isZero();

        JsonNode count = JsonFiles.parse(null, project.out).path("parameters").path("maximumInstanceCount");
        assertThat(count.path("value").asInt()).isEqualTo(2);
        assertThat(count.path("source").asText())
                .isEqualTo("infra/provision/finetuning.parameters.json $.parameters.maximumInstanceCount.value");
    }

    /**
     * The repository's template files, plus the AI Toolkit's configs and a parameters file of nulls that, like
     * the AI Toolkit's, does not set maximumInstanceCount.
     */
    private LocalProject aiToolkitProject() {
        LocalProject project = new LocalProject(folder);
        project.write("infra/inference.config.json", NULL_INFERENCE_CONFIG);
        project.write("infra/finetuning.config.json", FINETUNING_CONFIG);
        project.write("infra/provision/inference.parameters.json", """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
                  "contentVersion": "1.0.0.0",
                  "parameters": {
                    "defaultCommands": {"value": ["cd /mount/inference", "python app.py"]},
                    "location": {"value": null},
                    "storageAccountName": {"value": null},
                    "fileShareName": {"value": null},
                    "acaAppName": {"value": null}
                  }
                }
                """);
        return project;
    }
}
