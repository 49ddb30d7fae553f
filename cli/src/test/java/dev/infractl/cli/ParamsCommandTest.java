package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.UniqueString;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `infractl params` through the real command line, with stdout and stderr captured. */
class ParamsCommandTest {

    @TempDir
    Path project;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeTemplate() throws IOException {
        try (InputStream template = getClass().getResourceAsStream("/dev/infractl/params/template.json")) {
            write("infra/provision/inference.json", new String(template.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theTableListsEveryParameterWithValueAndSource() {
        int exit = run("--param", "maximumInstanceCount=3");

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).matches("NAME +VALUE +SOURCE");
        assertThat(lines).anyMatch(line -> line.matches("maximumInstanceCount +3 +--param"));
        assertThat(lines).anyMatch(line -> line.matches("location +\\[resourceGroup\\(\\)\\.location] +template default \\(expression\\)"));
        assertThat(lines).hasSize(16);
        assertThat(err.toString()).contains("subscription:").contains("resource group: rg-test (--resource-group)");
    }

    @Test
    void jsonOutputHasTheContractShapeAndTheTarget() {
        int exit = run("--output", "json", "--param", "maximumInstanceCount=3");

        assertThat(exit).isZero();
        JsonNode json = JsonFiles.parse(null, out.toString());
        assertThat(json.path("parameters").path("maximumInstanceCount").path("value").asInt()).isEqualTo(3);
        assertThat(json.path("parameters").path("maximumInstanceCount").path("source").asText()).isEqualTo("--param");
        assertThat(json.path("parameters").path("defaultCommands").path("value").isArray()).isTrue();
        assertThat(json.path("target").path("resourceGroup").path("value").asText()).isEqualTo("rg-test");
        assertThat(json.path("target").path("resourceGroup").path("source").asText()).isEqualTo("--resource-group");
    }

    @Test
    void fileLayersShowTheirFileAndPathAsSource() throws IOException {
        write("infra/finetuning.config.json", "{\"STORAGE_ACCOUNT_NAME\": \"stshared\"}");
        write("infra/provision/inference.parameters.json",
                "{\"parameters\": {\"maximumInstanceCount\": {\"value\": 2}, \"acaAppName\": {\"value\": null}}}");

        run("--output", "json");

        JsonNode parameters = JsonFiles.parse(null, out.toString()).path("parameters");
        assertThat(parameters.path("storageAccountName").path("source").asText())
                .isEqualTo("infra/finetuning.config.json $.STORAGE_ACCOUNT_NAME");
        assertThat(parameters.path("maximumInstanceCount").path("source").asText())
                .isEqualTo("infra/provision/inference.parameters.json $.parameters.maximumInstanceCount.value");
    }

    @Test
    void secureValuesNeverReachTheOutput() {
        run("--param", "registryPassword=hunter2-secret");
        run("--output", "json", "--param", "registryPassword=hunter2-secret");

        assertThat(out.toString()).contains("***").doesNotContain("hunter2-secret");
        assertThat(err.toString()).doesNotContain("hunter2-secret");
    }

    @Test
    void aValueWithALineBreakStaysOnOneTableRow() {
        run("--param", "containerImage=first\nsecond");

        assertThat(out.toString().lines()).anyMatch(line -> line.matches("containerImage +first\\\\nsecond +--param"));
    }

    @Test
    void badInputExitsTwoWithEveryProblemOnStderrAndNothingOnStdout() {
        int exit = run("--param", "storageAccountName=Bad_Name", "--param", "maximumInstanceCont=3");

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString())
                .contains("error: --param storageAccountName: 'Bad_Name' is not a valid storage account name")
                .contains("hint: storage account names are 3-24 characters, lowercase letters and digits only; try 'badname'")
                .contains("hint: did you mean maximumInstanceCount?")
                .contains("2 problems found; nothing was sent to Azure.");
    }

    @Test
    void aSyntaxErrorInAParametersFileExitsTwoWithFileLineAndColumn() throws IOException {
        write("infra/provision/inference.parameters.json", "{\n  \"parameters\": {,}\n}");

        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("  at infra/provision/inference.parameters.json:2:18");
    }

    @Test
    void aProjectWithoutTemplateSuggestsInit() throws IOException {
        Files.delete(project.resolve("infra/provision/inference.json"));

        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("error: no template in").contains("hint: run `infractl init`");
    }

    @Test
    void withSubscriptionAndResourceGroupTheDerivedNamesShowAsAzureWillComputeThem() {
        String subscription = "11111111-2222-3333-4444-555555555555";
        String groupId = "/subscriptions/" + subscription + "/resourceGroups/rg-test";

        int exit = run("--output", "json", "--subscription", subscription, "--location", "swedencentral");

        assertThat(exit).isZero();
        JsonNode parameters = JsonFiles.parse(null, out.toString()).path("parameters");
        assertThat(parameters.path("acaAppName").path("value").asText()).isEqualTo("app-" + UniqueString.of(groupId));
        assertThat(parameters.path("acaAppName").path("source").asText()).isEqualTo("template default (evaluated)");
        assertThat(parameters.path("location").path("value").asText()).isEqualTo("swedencentral");
    }

    @Test
    void withoutTheResourceGroupsRegionTheLocationDefaultStaysAnExpression() {
        int exit = run("--output", "json", "--subscription", "11111111-2222-3333-4444-555555555555");

        assertThat(exit).isZero();
        JsonNode parameters = JsonFiles.parse(null, out.toString()).path("parameters");
        assertThat(parameters.path("location").path("value").asText()).isEqualTo("[resourceGroup().location]");
        assertThat(parameters.path("acaAppName").path("source").asText()).isEqualTo("template default (evaluated)");
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("params", "-C", project.toString(), "--resource-group", "rg-test"));
        all.addAll(List.of(args));
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(all.toArray(String[]::new));
    }

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
