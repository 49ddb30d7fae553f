package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State kept in the state folder: a later emulator process sees what an earlier one made. */
class RestartTest {

    @TempDir
    Path state;

    @Test
    void resourcesDeploymentsAndKeysSurviveARestart() throws Exception {
        String account;
        String keyBefore;
        String appEndpoint;
        try (Emulator first = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50))) {
            SdkClients clients = new SdkClients(first);
            var arm = clients.resourceManager(clients.staticToken());
            arm.resourceGroups().define("rg-kept").withRegion("swedencentral").create();
            var deployment = arm.deployments().define("inference").withExistingResourceGroup("rg-kept")
                    .withTemplate(Templates.inference()).withParameters("{}")
                    .withMode(com.azure.resourcemanager.resources.models.DeploymentMode.INCREMENTAL).create();
            Map<String, Map<String, Object>> outputs = DeploymentTest.outputs(deployment);
            account = (String) outputs.get("STORAGE_ACCOUNT_NAME").get("value");
            appEndpoint = (String) outputs.get("ACA_APP_ENDPOINT").get("value");
            keyBefore = first.storageAccountKeys().primaryKey(account).orElseThrow();
        }

        try (Emulator second = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50))) {
            SdkClients clients = new SdkClients(second);
            var arm = clients.resourceManager(clients.clientSecret());
            var deployment = arm.deployments().getByResourceGroup("rg-kept", "inference");
            JsonNode keys = Json.parse(Raw.post(second, "/subscriptions/" + second.subscriptionId()
                    + "/resourceGroups/rg-kept/providers/Microsoft.Storage/storageAccounts/" + account
                    + "/listKeys?api-version=2023-05-01", "").body());

            assertThat(deployment.provisioningState()).isEqualTo("Succeeded");
            assertThat(DeploymentTest.outputs(deployment).get("ACA_APP_ENDPOINT").get("value")).isEqualTo(appEndpoint);
            assertThat(keys.path("keys").get(0).path("keyName").asText()).isEqualTo("key1");
            assertThat(keys.path("keys").get(0).path("value").asText()).isEqualTo(keyBefore);
            assertThat(second.storageAccountKeys().primaryKey(account)).contains(keyBefore);
            String app = (String) DeploymentTest.outputs(deployment).get("ACA_APP_NAME").get("value");
            JsonNode resource = Json.parse(Raw.get(second, "/subscriptions/" + second.subscriptionId()
                    + "/resourceGroups/rg-kept/providers/Microsoft.App/containerApps/" + app + "?api-version=2024-03-01").body());
            assertThat("https://" + resource.path("properties").path("configuration").path("ingress").path("fqdn").asText())
                    .as("the app endpoint re-binds its persisted port").isEqualTo(appEndpoint);
            assertThat(ContainerAppTest.call(second, appEndpoint.substring("https://".length())).statusCode()).isIn(200, 503);
        }
    }

    @Test
    void aTokenFromAnEarlierProcessOnTheSameStateIsStillAccepted() {
        String token;
        try (Emulator first = Emulator.start(EmulatorSettings.defaults(state))) {
            token = first.token();
        }
        try (Emulator second = Emulator.start(EmulatorSettings.defaults(state))) {
            var response = Raw.send(second, HttpRequest.newBuilder(second.armEndpoint()
                    .resolve("/subscriptions?api-version=2022-12-01")).header("Authorization", "Bearer " + token));

            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aDeploymentLeftRunningByADeadProcessIsResumedAndFinishes() throws Exception {
        try (Emulator first = Emulator.start(EmulatorSettings.defaults(state).withSpeed(0.01))) {
            Raw.put(first, "/subscriptions/" + first.subscriptionId() + "/resourcegroups/rg-resume?api-version=2024-03-01",
                    "{\"location\": \"swedencentral\"}");
            var response = Raw.put(first, "/subscriptions/" + first.subscriptionId() + "/resourcegroups/rg-resume"
                    + "/providers/Microsoft.Resources/deployments/interrupted?api-version=2024-03-01",
                    "{\"properties\": {\"mode\": \"Incremental\", \"template\": " + Templates.inference() + "}}");
            assertThat(response.statusCode()).isEqualTo(201);
        }

        try (Emulator second = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50))) {
            SdkClients clients = new SdkClients(second);
            var arm = clients.resourceManager(clients.staticToken());
            var deployment = arm.deployments().getByResourceGroup("rg-resume", "interrupted");
            for (int i = 0; i < 200 && !deployment.provisioningState().equals("Succeeded"); i++) {
                Thread.sleep(20);
                // not deployment.refresh(): in azure-resourcemanager-resources 2.54.1 it asks the management-group scope
                deployment = arm.deployments().getByResourceGroup("rg-resume", "interrupted");
            }
            assertThat(deployment.provisioningState()).isEqualTo("Succeeded");
            assertThat(deployment.deploymentOperations().list().stream().count()).isEqualTo(7);
        }
    }

    @Test
    void aResumedDeploymentStillHasItsSecureParameterWhichNoFileHoldsInPlainText() throws Exception {
        var template = (com.fasterxml.jackson.databind.node.ObjectNode) Json.parse(Templates.inference());
        ((com.fasterxml.jackson.databind.node.ObjectNode) template.get("parameters")).putObject("apiKey")
                .put("type", "securestring");
        try (Emulator first = Emulator.start(EmulatorSettings.defaults(state).withSpeed(0.01))) {
            Raw.put(first, "/subscriptions/" + first.subscriptionId() + "/resourcegroups/rg-resume?api-version=2024-03-01",
                    "{\"location\": \"swedencentral\"}");
            var response = Raw.put(first, "/subscriptions/" + first.subscriptionId() + "/resourcegroups/rg-resume"
                    + "/providers/Microsoft.Resources/deployments/sealed?api-version=2024-03-01",
                    "{\"properties\": {\"mode\": \"Incremental\", \"template\": " + template
                            + ", \"parameters\": {\"apiKey\": {\"value\": \"plain-api-key-4711\"}}}}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(response.body()).doesNotContain("plain-api-key-4711");
        }

        try (Emulator second = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50))) {
            String url = "/subscriptions/" + second.subscriptionId() + "/resourcegroups/rg-resume"
                    + "/providers/Microsoft.Resources/deployments/sealed?api-version=2024-03-01";
            JsonNode deployment = Json.parse(Raw.get(second, url).body());
            for (int i = 0; i < 200 && !deployment.path("properties").path("provisioningState").asText().equals("Succeeded"); i++) {
                Thread.sleep(20);
                deployment = Json.parse(Raw.get(second, url).body());
            }
            assertThat(deployment.path("properties").path("provisioningState").asText()).as(deployment.toString())
                    .isEqualTo("Succeeded");
            assertThat(deployment.path("properties").path("parameters").path("apiKey").has("value")).isFalse();
        }
        try (var files = java.nio.file.Files.walk(state)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertThat(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain("plain-api-key-4711");
            }
        }
    }
}
