package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.Cloud;
import dev.infractl.azure.ConnectionSettings;
import dev.infractl.config.JsonFiles;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code down} against the emulator: what it deletes, what it keeps, and what it writes to the config. */
class DownCommandTest {

    @TempDir
    Path folder;

    @Test
    void downInAProjectThatReusedFineTuningResourcesRemovesOnlyTheAppAndTheModelStays() throws IOException {
        LocalProject project = new LocalProject(folder);
        String subscription = arm(project, List.of(
                "PUT /resourcegroups/rg-ft {\"location\": \"swedencentral\"}",
                "PUT /resourcegroups/rg-ft/providers/Microsoft.Storage/storageAccounts/ftstore {\"location\": \"swedencentral\","
                        + " \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}}",
                "PUT /resourcegroups/rg-ft/providers/Microsoft.Storage/storageAccounts/ftstore/fileServices/default/shares/ftshare {}"));
        Path model = project.root.resolve(".infractl/local/files/ftstore/ftshare/models/phi3.bin");
        Files.createDirectories(model.getParent());
        Files.writeString(model, "weights");
        project.write("infra/finetuning.config.json", "{\"SUBSCRIPTION_ID\": \"" + subscription + "\", \"RESOURCE_GROUP_NAME\":"
                + " \"rg-ft\", \"STORAGE_ACCOUNT_NAME\": \"ftstore\", \"FILE_SHARE_NAME\": \"ftshare\"}");
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();
        addUserKey(project);

        assertThat(project.run("down", "--local", "--yes")).as(project.err).isZero();

        assertThat(project.out).contains("delete  container app").contains("keep    storage account ftstore: shared with fine-tuning")
                .contains("kept without --all").contains("1 resource(s) deleted");
        assertThat(project.err).containsPattern("deleted container app \\S+ in ");
        List<String> left = resourceTypes(project, "rg-ft");
        assertThat(left).doesNotContain("Microsoft.App/containerApps")
                .contains("Microsoft.App/managedEnvironments", "Microsoft.Storage/storageAccounts");
        assertThat(model).hasContent("weights");
        JsonNode config = JsonFiles.read(project.config());
        assertThat(config.has("ACA_APP_NAME")).isFalse();
        assertThat(config.has("ACA_APP_ENDPOINT")).isFalse();
        assertThat(config.get("STORAGE_ACCOUNT_NAME").asText()).isEqualTo("ftstore");
        assertThat(config.get("MY_NOTE").asText()).isEqualTo("kept");

        assertThat(project.run("down", "--local", "--all", "--delete-data", "--yes")).as(project.err).isZero();
        assertThat(resourceTypes(project, "rg-ft")).contains("Microsoft.Storage/storageAccounts")
                .doesNotContain("Microsoft.App/managedEnvironments");
        assertThat(model).hasContent("weights");
    }

    @Test
    void downAllWithDeleteDataInAProjectThatOwnsEverythingLeavesTheGroupEmpty() throws IOException {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();
        JsonNode config = JsonFiles.read(project.config());
        Path share = project.root.resolve(".infractl/local/files").resolve(config.get("STORAGE_ACCOUNT_NAME").asText())
                .resolve(config.get("FILE_SHARE_NAME").asText());
        Files.writeString(share.resolve("model.bin"), "weights");

        assertThat(project.run("down", "--local", "--all", "--yes")).as(project.err).isZero();
        assertThat(share.resolve("model.bin")).hasContent("weights");
        assertThat(project.out).contains("holds the model and data; --delete-data removes it");

        assertThat(project.run("down", "--local", "--all", "--delete-data", "--yes", "--output", "json")).as(project.err).isZero();

        List<JsonNode> lines = MeterCommandsTest.lines(project.out);
        assertThat(lines.get(lines.size() - 1).get("status").asText()).isEqualTo("Succeeded");
        assertThat(lines).anyMatch(line -> line.get("event").asText().equals("deleted"));
        assertThat(resourceTypes(project, config.get("RESOURCE_GROUP_NAME").asText())).isEmpty();
        assertThat(share).doesNotExist();
        JsonNode after = JsonFiles.read(project.config());
        assertThat(after.has("STORAGE_ACCOUNT_NAME")).isFalse();
        assertThat(after.get("RESOURCE_GROUP_NAME").asText()).isEqualTo(config.get("RESOURCE_GROUP_NAME").asText());
    }

    @Test
    void withoutATerminalOrYesNothingIsDeleted() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();

        assertThat(project.run("down", "--local")).isEqualTo(2);

        assertThat(project.err).contains("nothing was deleted").contains("--yes");
        assertThat(resourceTypes(project, JsonFiles.read(project.config()).get("RESOURCE_GROUP_NAME").asText()))
                .contains("Microsoft.App/containerApps");
    }

    private static void addUserKey(LocalProject project) throws IOException {
        String text = Files.readString(project.config());
        Files.writeString(project.config(), text.replaceFirst("\\{", "{\n  \"MY_NOTE\": \"kept\","));
    }

    private static List<String> resourceTypes(LocalProject project, String group) {
        List<String> types = new java.util.ArrayList<>();
        withArm(project, (connection, subscription) -> {
            JsonNode list = send(connection, HttpMethod.GET, "/resourcegroups/" + group + "/resources", subscription, null);
            list.path("value").forEach(resource -> types.add(resource.path("type").asText()));
        });
        return types;
    }

    /** Sends "METHOD /path-under-the-subscription BODY" requests straight to the project's emulator; returns its subscription. */
    private static String arm(LocalProject project, List<String> requests) {
        String[] subscription = new String[1];
        withArm(project, (connection, sub) -> {
            subscription[0] = sub;
            for (String request : requests) {
                String[] parts = request.split(" ", 3);
                send(connection, HttpMethod.valueOf(parts[0]), parts[1], sub, parts[2]);
            }
        });
        return subscription[0];
    }

    private static void withArm(LocalProject project, java.util.function.BiConsumer<AzureConnection, String> action) {
        try (Emulator emulator = Emulator.start(EmulatorSettings.defaults(project.root.resolve(".infractl/local")))) {
            action.accept(AzureConnection.open(new ConnectionSettings(Cloud.AZURE_CLOUD, emulator.armEndpoint(),
                    emulator.caCertificate(), emulator.token(), emulator.tenantId(), null)), emulator.subscriptionId());
        }
    }

    private static JsonNode send(AzureConnection connection, HttpMethod method, String path, String subscription, String body) {
        HttpRequest request = new HttpRequest(method, connection.armEndpoint() + "subscriptions/" + subscription
                + path.substring(1) .replaceFirst("^", "/") + "?api-version=2021-04-01");
        if (body != null) {
            request.setHeader(com.azure.core.http.HttpHeaderName.CONTENT_TYPE, "application/json");
            request.setBody(body);
        }
        try (HttpResponse response = connection.pipeline().sendSync(request, Context.NONE)) {
            String text = response.getBodyAsString().block();
            assertThat(response.getStatusCode()).as(method + " " + path + ": " + text).isBetween(200, 299);
            return text == null || text.isBlank() ? JsonFiles.MAPPER.createObjectNode() : JsonFiles.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
