package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.Cloud;
import dev.infractl.azure.ConnectionSettings;
import dev.infractl.azure.StorageAccess;
import dev.infractl.azure.StorageAccounts;
import dev.infractl.config.JsonFiles;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deploy --local} through cli.Main, the real SDKs and the in-process emulator over HTTPS. */
class DeployCommandTest {

    @TempDir
    Path folder;

    @Test
    void deployUploadsEverythingThenNothingThenOneChangedFileAndTheAppAnswers() throws IOException {
        LocalProject project = provisioned();
        project.write("inference/app.py", "print('hello')\n");
        project.write("inference/requirements.txt", "fastapi\n");

        assertThat(project.run("deploy", "--local", "--output", "json")).as(project.err).isZero();
        JsonNode first = last(project.out);
        assertThat(first.get("status").asText()).isEqualTo("Succeeded");
        assertThat(first.get("uploaded").asInt()).isEqualTo(2);
        assertThat(lines(project.out)).anyMatch(line -> line.get("event").asText().equals("restarted"))
                .anyMatch(line -> line.get("event").asText().equals("ready"));

        assertThat(project.run("deploy", "--local", "--output", "json", "--no-restart", "--no-wait")).as(project.err).isZero();
        JsonNode second = last(project.out);
        assertThat(second.get("uploaded").asInt()).isZero();
        assertThat(second.get("bytes_uploaded").asLong()).isZero();
        assertThat(second.get("requests").asLong()).isLessThanOrEqualTo(5);

        project.write("inference/app.py", "print('hello again')\n");
        assertThat(project.run("deploy", "--local", "--output", "json", "--no-wait")).as(project.err).isZero();
        assertThat(last(project.out).get("uploaded").asInt()).isEqualTo(1);
    }

    @Test
    void aModelOnTheShareSurvivesEveryDeploy() throws IOException {
        LocalProject project = provisioned();
        project.write("inference/app.py", "v1");
        assertThat(project.run("deploy", "--local", "--no-restart", "--no-wait")).as(project.err).isZero();
        Path model = shareOnDisk(project).resolve("models/phi3.bin");
        Files.createDirectories(model.getParent());
        Files.writeString(model, "weights");
        Files.delete(project.root.resolve("inference/app.py"));
        project.write("inference/other.py", "v2");

        assertThat(project.run("deploy", "--local", "--no-restart", "--no-wait")).as(project.err).isZero();

        assertThat(model).hasContent("weights");
        assertThat(shareOnDisk(project).resolve("inference/app.py")).doesNotExist();
    }

    @Test
    void aDryRunListsTheFilesAndUploadsNothing() throws IOException {
        LocalProject project = provisioned();
        project.write("inference/app.py", "v1");

        assertThat(project.run("deploy", "--local", "--dry-run")).as(project.err).isZero();

        assertThat(project.out).contains("would upload app.py");
        assertThat(shareOnDisk(project).resolve("inference/app.py")).doesNotExist();
    }

    @Test
    void missingAndInvalidKeysAreAllNamedWithWhereTheyComeFrom() {
        LocalProject project = new LocalProject(folder);
        project.write("inference/app.py", "v1");
        project.write("infra/inference.config.json", "{\"SUBSCRIPTION_ID\": \"not-a-guid\", \"STORAGE_ACCOUNT_NAME\": \"Has_Caps\"}");

        assertThat(project.run("deploy")).isEqualTo(2);

        assertThat(project.err).contains("SUBSCRIPTION_ID is not a subscription ID").contains("STORAGE_ACCOUNT_NAME is not")
                .contains("RESOURCE_GROUP_NAME is missing").contains("FILE_SHARE_NAME is missing")
                .contains("ACA_APP_NAME is missing").contains("ACA_APP_ENDPOINT is missing")
                .contains("`infractl provision` writes it").contains("fill it by hand");
    }

    @Test
    void aHandFilledConfigDeploysLikeAProvisionedOne() throws IOException {
        LocalProject project = provisioned();
        JsonNode written = JsonFiles.read(project.config());
        project.write(LocalProject.LOCAL_CONFIG, "{\n"
                + "  \"SUBSCRIPTION_ID\": \"" + written.get("SUBSCRIPTION_ID").asText() + "\",\n"
                + "  \"RESOURCE_GROUP_NAME\": \"" + written.get("RESOURCE_GROUP_NAME").asText() + "\",\n"
                + "  \"STORAGE_ACCOUNT_NAME\": \"" + written.get("STORAGE_ACCOUNT_NAME").asText() + "\",\n"
                + "  \"FILE_SHARE_NAME\": \"" + written.get("FILE_SHARE_NAME").asText() + "\",\n"
                + "  \"ACA_APP_NAME\": \"" + written.get("ACA_APP_NAME").asText() + "\",\n"
                + "  \"ACA_APP_ENDPOINT\": \"" + written.get("ACA_APP_ENDPOINT").asText() + "\"\n}\n");
        project.write("inference/app.py", "v1");

        assertThat(project.run("deploy", "--local", "--output", "json")).as(project.err).isZero();
        assertThat(last(project.out).get("uploaded").asInt()).isEqualTo(1);
    }

    @Test
    void endpointPrintsTheConfiguredUrlAndWaitsUntilItAnswers() throws IOException {
        LocalProject project = provisioned();
        String endpoint = JsonFiles.read(project.config()).get("ACA_APP_ENDPOINT").asText();

        assertThat(project.run("endpoint", "--local")).isZero();
        assertThat(project.out.strip()).as("the bundled template outputs the bare host name; endpoint prints a URL")
                .isEqualTo("https://" + endpoint.replaceFirst("^https://", ""));

        assertThat(project.run("endpoint", "--wait", "--local", "--output", "json")).as(project.err).isZero();
        assertThat(last(project.out).get("status").asText()).isEqualTo("Succeeded");
    }

    @Test
    void aBareHostNameEndpointAsTheTemplatesOutputItDeploysWaitsAndPrintsAsAnHttpsUrl() throws IOException {
        LocalProject project = provisioned();
        ObjectNode config = (ObjectNode) JsonFiles.read(project.config());
        String url = config.get("ACA_APP_ENDPOINT").asText();
        String host = url.replaceFirst("^https://", "");
        project.write(project.root.relativize(project.config()).toString(), JsonFiles.toText(config.put("ACA_APP_ENDPOINT", host)));
        project.write("inference/app.py", "v1");

        assertThat(project.run("deploy", "--local", "--output", "json")).as(project.err).isZero();
        assertThat(last(project.out).get("status").asText()).isEqualTo("Succeeded");
        assertThat(project.run("endpoint", "--local")).as(project.err).isZero();
        assertThat(project.out.strip()).isEqualTo("https://" + host);

        project.write(project.root.relativize(project.config()).toString(), "{\"ACA_APP_ENDPOINT\": \"" + host + "\"}");
        assertThat(project.run("endpoint", "--wait", "--local", "--output", "json")).as(project.err).isZero();
        assertThat(last(project.out).get("status").asText()).isEqualTo("Succeeded");
    }

    @Test
    void theAccountKeyNeverReachesTheOutputEvenWithVerbose() throws IOException {
        LocalProject project = provisioned();
        project.write("inference/app.py", "v1");

        assertThat(project.run("deploy", "--local", "--verbose", "--no-wait")).as(project.err).isZero();

        JsonNode config = JsonFiles.read(project.config());
        try (Emulator emulator = Emulator.start(EmulatorSettings.defaults(project.root.resolve(".infractl/local")))) {
            AzureConnection connection = AzureConnection.open(new ConnectionSettings(Cloud.AZURE_CLOUD, emulator.armEndpoint(),
                    emulator.caCertificate(), emulator.token(), emulator.tenantId(), null));
            StorageAccess access = new StorageAccounts(connection).access(config.get("SUBSCRIPTION_ID").asText(),
                    config.get("RESOURCE_GROUP_NAME").asText(), config.get("STORAGE_ACCOUNT_NAME").asText());
            assertThat(access.key()).isNotBlank();
            assertThat(project.out + project.err).contains("> POST https://127.0.0.1:").contains("?comp=rename")
                    .doesNotContain(access.key()).doesNotContain("SharedKey");
            assertThat(access.toString()).doesNotContain(access.key());
        }
    }

    @Test
    void aDeployThatTimesOutPrintsItsSummaryOnce() throws IOException {
        LocalProject project = provisioned();
        project.write("inference/app.py", "v1");

        assertThat(project.run("deploy", "--local", "--timeout", "1s", "--output", "json")).as(project.err).isEqualTo(4);
        assertThat(lines(project.out)).filteredOn(line -> line.get("event").asText().equals("finished")).hasSize(1)
                .allMatch(line -> line.get("status").asText().equals("TimedOut"));

        project.write("inference/app.py", "v2");
        assertThat(project.run("deploy", "--local", "--timeout", "1s")).isEqualTo(4);
        assertThat(project.out.lines().filter(line -> line.startsWith("Uploaded "))).hasSize(1);
    }

    @Test
    void aDeployThatChangedNothingSaysWhyItRestartsAnywayAndHowToSkipIt() throws IOException {
        LocalProject project = provisioned();
        project.write("inference/app.py", "v1");
        assertThat(project.run("deploy", "--local", "--no-restart", "--no-wait")).as(project.err).isZero();

        assertThat(project.run("deploy", "--local", "--no-wait")).as(project.err).isZero();
        assertThat(project.err).contains("no code changed").contains("reloads the model from the share")
                .contains("20 minutes").contains("--no-restart skips it");
        assertThat(project.err.indexOf("no code changed")).isLessThan(project.err.indexOf("restarted revision"));

        assertThat(project.run("deploy", "--local", "--no-wait", "--output", "json")).as(project.err).isZero();
        List<String> events = lines(project.out).stream().map(line -> line.get("event").asText()).toList();
        assertThat(events).containsSubsequence("restarting", "restarted");
        assertThat(lines(project.out)).filteredOn(line -> line.get("event").asText().equals("restarting"))
                .allMatch(line -> !line.get("codeChanged").asBoolean() && line.get("message").asText().contains("--no-restart"));

        project.write("inference/app.py", "v2");
        assertThat(project.run("deploy", "--local", "--no-wait")).as(project.err).isZero();
        assertThat(project.err).doesNotContain("no code changed");
    }

    private LocalProject provisioned() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();
        return project;
    }

    private static Path shareOnDisk(LocalProject project) {
        JsonNode config = JsonFiles.read(project.config());
        return project.root.resolve(".infractl/local/files").resolve(config.get("STORAGE_ACCOUNT_NAME").asText())
                .resolve(config.get("FILE_SHARE_NAME").asText());
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            lines.add(JsonFiles.MAPPER.readTree(line));
        }
        return lines;
    }

    private static JsonNode last(String out) throws IOException {
        List<JsonNode> lines = lines(out);
        return lines.get(lines.size() - 1);
    }
}
