package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code infractl env list | new | show | remove}: local state only, nothing sent anywhere. */
class EnvCommandTest {

    @TempDir
    Path folder;

    @Test
    void newWritesTheTargetThatListAndShowReport() throws Exception {
        LocalProject project = new LocalProject(folder);

        assertThat(project.run("env", "new", "prod", "--subscription", "11111111-1111-1111-1111-111111111111",
                "--resource-group", "rg-prod", "--location", "westus3")).as(project.err).isZero();
        assertThat(project.run("env", "new", "dev", "--resource-group", "rg-dev")).isZero();

        JsonNode target = JsonFiles.read(folder.resolve(".infractl/envs/prod/env.json"));
        assertThat(target.get("resourceGroup").asText()).isEqualTo("rg-prod");
        assertThat(target.get("location").asText()).isEqualTo("westus3");

        assertThat(project.run("env", "list")).isZero();
        assertThat(project.out.lines().toList()).hasSize(3);
        assertThat(project.out.lines().skip(1).findFirst().orElseThrow()).matches("dev +- +rg-dev +- +never");
        assertThat(project.out).contains("rg-prod").contains("westus3");

        assertThat(project.run("env", "show", "prod")).isZero();
        assertThat(project.out).contains("resource group: rg-prod").contains(".infractl/envs/prod/parameters.json")
                .contains("last provision: never");
    }

    @Test
    void listReportsTheOutputsOfTheLastProvisionFromTheConfigFile() throws Exception {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("env", "new", "dev", "--resource-group", "rg-dev")).isZero();
        project.write(".infractl/envs/dev/inference.config.json", """
                {"SUBSCRIPTION_ID": "s", "RESOURCE_GROUP_NAME": "rg-dev", "STORAGE_ACCOUNT_NAME": "a",
                 "FILE_SHARE_NAME": "f", "ACA_APP_NAME": "app", "ACA_APP_ENDPOINT": "app.example"}
                """);

        assertThat(project.run("env", "list", "--output", "json")).isZero();

        JsonNode dev = JsonFiles.MAPPER.readTree(project.out).get("environments").get(0);
        assertThat(dev.get("name").asText()).isEqualTo("dev");
        assertThat(dev.get("provisioned").asBoolean()).isTrue();
        assertThat(dev.get("endpoint").asText()).isEqualTo("app.example");
        assertThat(dev.has("written")).isTrue();
    }

    @Test
    void removeForgetsTheFolderAndSaysAzureIsUntouched() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("env", "new", "dev", "--resource-group", "rg-dev")).isZero();

        assertThat(project.run("env", "remove", "dev")).as(project.err).isZero();

        assertThat(folder.resolve(".infractl/envs/dev")).doesNotExist();
        assertThat(project.err).contains("Nothing was deleted in Azure").contains("rg-dev");
        assertThat(project.run("env", "remove", "dev")).isEqualTo(2);
        assertThat(project.err).contains("no environment named dev");
    }

    @Test
    void aBadOrTakenNameExitsTwo() {
        LocalProject project = new LocalProject(folder);

        assertThat(project.run("env", "new", "prod/eu")).isEqualTo(2);
        assertThat(project.err).contains("'prod/eu' is not a valid environment name");
        assertThat(project.run("env", "new", "dev")).isZero();
        assertThat(project.run("env", "new", "dev")).isEqualTo(2);
        assertThat(project.err).contains("environment dev already exists");
        assertThat(project.run("env", "show", "nope")).isEqualTo(2);
    }
}
