package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.Cloud;
import dev.infractl.azure.ConnectionSettings;
import dev.infractl.config.JsonFiles;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 item 3: no secure parameter value and no key is written under .infractl/local by provision and deploy. */
class LocalSecretsTest {

    private static final String SECRET = "s3cret-Value-that-must-not-persist";

    @TempDir
    Path folder;

    @Test
    void neitherSecureParametersNorKeysAreWrittenUnderTheStateFolder() throws IOException {
        LocalProject project = new LocalProject(folder);
        withSecureParameter(project.root.resolve("infra/provision/inference.json"));
        assertThat(project.run("provision", "--local", "--yes", "--param", "appSecret=" + SECRET)).as(project.err).isZero();
        project.write("inference/app.py", "print('hello')\n");
        assertThat(project.run("deploy", "--local", "--no-wait")).as(project.err).isZero();

        JsonNode config = JsonFiles.read(project.config());
        String group = "/subscriptions/" + config.get("SUBSCRIPTION_ID").asText() + "/resourceGroups/"
                + config.get("RESOURCE_GROUP_NAME").asText() + "/providers/";
        List<String> secrets = new ArrayList<>(List.of(SECRET));
        List<String> gets = new ArrayList<>();
        Path state = project.root.resolve(".infractl/local");
        try (Emulator emulator = Emulator.start(EmulatorSettings.defaults(state))) {
            AzureConnection arm = AzureConnection.open(new ConnectionSettings(Cloud.AZURE_CLOUD, emulator.armEndpoint(),
                    emulator.caCertificate(), emulator.token(), emulator.tenantId(), null));
            JsonNode storageKeys = send(arm, "POST", group + "Microsoft.Storage/storageAccounts/"
                    + config.get("STORAGE_ACCOUNT_NAME").asText() + "/listKeys?api-version=2023-05-01");
            storageKeys.path("keys").forEach(key -> secrets.add(key.path("value").asText()));
            for (JsonNode workspace : send(arm, "GET", group + "Microsoft.OperationalInsights/workspaces?api-version=2023-09-01")
                    .path("value")) {
                JsonNode shared = send(arm, "POST", workspace.path("id").asText() + "/sharedKeys?api-version=2023-09-01");
                secrets.add(shared.path("primarySharedKey").asText());
                secrets.add(shared.path("secondarySharedKey").asText());
            }
            for (String collection : List.of("Microsoft.App/managedEnvironments", "Microsoft.App/containerApps",
                    "Microsoft.Storage/storageAccounts", "Microsoft.OperationalInsights/workspaces")) {
                JsonNode list = send(arm, "GET", group + collection + "?api-version=2024-03-01");
                list.path("value").forEach(resource -> gets.add(resource.toString()));
                for (JsonNode resource : list.path("value")) {
                    gets.add(send(arm, "GET", resource.path("id").asText() + "/storages?api-version=2024-03-01").toString());
                }
            }
            gets.add(send(arm, "GET", group.replace("/providers/", "") + "/providers/Microsoft.Resources/deployments"
                    + "?api-version=2024-03-01").toString());
        }
        assertThat(secrets).hasSize(5).allSatisfy(secret -> assertThat(secret).hasSizeGreaterThan(20));
        assertThat(gets).isNotEmpty();
        for (String secret : secrets) {
            assertThat(gets).as("GET answers").noneMatch(body -> body.contains(secret));
        }
        assertThat(String.join("\n", gets)).doesNotContain("accountKey\":\"").doesNotContain("sharedKey\":\"");
        try (Stream<Path> files = Files.walk(state)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(text).as(state.relativize(file) + " holds a secret").doesNotContain(secret);
                }
            }
        }
    }

    private static JsonNode send(AzureConnection arm, String method, String path) {
        try (HttpResponse response = arm.pipeline().send(new HttpRequest(HttpMethod.valueOf(method),
                arm.armEndpoint().resolve(path).toURL())).block()) {
            assertThat(response.getStatusCode()).as(method + " " + path).isEqualTo(200);
            return JsonFiles.MAPPER.readTree(response.getBodyAsString().block());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The repository's template with a secureString parameter that the app keeps as a secret. */
    private static void withSecureParameter(Path template) throws IOException {
        ObjectNode root = (ObjectNode) JsonFiles.MAPPER.readTree(Files.readString(template));
        ((ObjectNode) root.get("parameters")).putObject("appSecret").put("type", "securestring");
        for (JsonNode resource : root.get("resources")) {
            if (resource.path("type").asText().equals("Microsoft.App/containerApps")) {
                ((ObjectNode) resource.path("properties").path("configuration")).putArray("secrets").addObject()
                        .put("name", "app-secret").put("value", "[parameters('appSecret')]");
            }
        }
        Files.writeString(template, JsonFiles.MAPPER.writeValueAsString(root));
    }
}
