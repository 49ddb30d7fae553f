package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --env NAME} and INFRACTL_ENV: a named environment's parameters and target, and the names it refuses. */
class EnvOptionTest {

    @TempDir
    Path folder;

    @Test
    void theEnvironmentsParametersFileIsALayerAboveInferenceParametersAndBelowParametersFiles() throws Exception {
        LocalProject project = new LocalProject(folder);
        project.write(".infractl/envs/dev/parameters.json",
                "{\"parameters\": {\"maximumInstanceCount\": {\"value\": 4}, \"acaAppName\": {\"value\": \"devapp\"}}}");
        project.write("override.json", "{\"parameters\": {\"acaAppName\": {\"value\": \"fromfile\"}}}");

        int code = project.run("params", "--env", "dev", "--output", "json", "--resource-group", "rg-dev",
                "--parameters", folder.resolve("override.json").toString());

        assertThat(code).as(project.err).isZero();
        JsonNode parameters = JsonFiles.MAPPER.readTree(project.out).get("parameters");
        assertThat(parameters.get("maximumInstanceCount").get("value").asInt()).isEqualTo(4);
        assertThat(parameters.get("maximumInstanceCount").get("source").asText())
                .isEqualTo(".infractl/envs/dev/parameters.json $.parameters.maximumInstanceCount.value");
        assertThat(parameters.get("acaAppName").get("value").asText()).isEqualTo("fromfile");
    }

    @Test
    void withoutEnvTheEnvironmentsParametersAreNotRead() throws Exception {
        LocalProject project = new LocalProject(folder);
        project.write(".infractl/envs/dev/parameters.json", "{\"parameters\": {\"maximumInstanceCount\": {\"value\": 4}}}");

        int code = project.run("params", "--output", "json", "--resource-group", "rg-x");

        assertThat(code).as(project.err).isZero();
        JsonNode parameters = JsonFiles.MAPPER.readTree(project.out).get("parameters");
        assertThat(parameters.get("maximumInstanceCount").get("source").asText()).doesNotContain(".infractl");
    }

    @Test
    void theEnvironmentsTargetComesAfterTheFlagsAndBeforeTheConfigFiles() throws Exception {
        LocalProject project = new LocalProject(folder);
        project.write(".infractl/envs/prod/env.json",
                "{\"subscription\": \"11111111-1111-1111-1111-111111111111\", \"resourceGroup\": \"rg-prod\", \"location\": \"westus3\"}");
        project.write("infra/inference.config.json", "{\"RESOURCE_GROUP_NAME\": \"rg-default\"}");

        assertThat(project.run("params", "--env", "prod", "--output", "json")).as(project.err).isZero();
        JsonNode target = JsonFiles.MAPPER.readTree(project.out).get("target");
        assertThat(target.get("resourceGroup").get("value").asText()).isEqualTo("rg-prod");
        assertThat(target.get("resourceGroup").get("source").asText()).isEqualTo(".infractl/envs/prod/env.json resourceGroup");
        assertThat(target.get("subscription").get("value").asText()).isEqualTo("11111111-1111-1111-1111-111111111111");

        assertThat(project.run("params", "--env", "prod", "--output", "json", "--resource-group", "rg-flag")).isZero();
        assertThat(JsonFiles.MAPPER.readTree(project.out).get("target").get("resourceGroup").get("value").asText())
                .isEqualTo("rg-flag");
    }

    @Test
    void infractlEnvSelectsTheEnvironmentAndEnvOverridesIt() throws Exception {
        LocalProject project = new LocalProject(folder);
        project.write(".infractl/envs/dev/env.json", "{\"resourceGroup\": \"rg-dev\"}");
        project.write(".infractl/envs/prod/env.json", "{\"resourceGroup\": \"rg-prod\"}");

        assertThat(project.run(withVariables(Map.of("INFRACTL_ENV", "dev")), "params", "--output", "json")).isZero();
        assertThat(resourceGroup(project)).isEqualTo("rg-dev");

        assertThat(project.run(withVariables(Map.of("INFRACTL_ENV", "dev")), "params", "--output", "json", "--env", "prod"))
                .isZero();
        assertThat(resourceGroup(project)).isEqualTo("rg-prod");
    }

    @Test
    void aNameThatCannotNameAFolderExitsTwoAndSaysWhatIsAllowed() {
        LocalProject project = new LocalProject(folder);

        assertThat(project.run("params", "--env", "../prod")).isEqualTo(2);
        assertThat(project.err).contains("--env: '../prod' is not a valid environment name").contains("letters, digits");

        assertThat(project.run(withVariables(Map.of("INFRACTL_ENV", "a b")), "params")).isEqualTo(2);
        assertThat(project.err).contains("INFRACTL_ENV: 'a b' is not a valid environment name");
    }

    @Test
    void localWithAnotherEnvironmentExitsTwoBeforeAnythingStarts() {
        LocalProject project = new LocalProject(folder);

        assertThat(project.run("provision", "--local", "--env", "dev", "--yes")).isEqualTo(2);
        assertThat(project.err).contains("--local and --env dev exclude each other");
        assertThat(folder.resolve(".infractl/local")).doesNotExist();
    }

    private static String resourceGroup(LocalProject project) throws Exception {
        return JsonFiles.MAPPER.readTree(project.out).get("target").get("resourceGroup").get("value").asText();
    }

    /** Sets the process environment the target options read INFRACTL_ENV from, on every command. */
    private static java.util.function.Consumer<Object> withVariables(Map<String, String> variables) {
        return command -> {
            try {
                var field = command.getClass().getDeclaredField("target");
                ((TargetOptions) field.get(command)).variables = variables;
            } catch (NoSuchFieldException e) {
                // a command without target options (init, build, emulator) has no environment
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
