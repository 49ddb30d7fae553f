package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deletes answer as Azure's do (issue 14 item 5), through raw HTTPS exchanges shaped like the az CLI's. */
class DeletesTest {

    static final String SUB = "/subscriptions/" + Subscription.LOCAL.subscriptionId();
    static final String API = "?api-version=2021-04-01";
    static final String APP_API = "?api-version=2024-03-01";

    @TempDir
    Path state;
    Emulator emulator;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aGroupDeleteIsAcceptedShowsDeletingAndItsLocationAnswers200OnceGone() throws Exception {
        group("rg-del");
        Raw.put(emulator, SUB + "/resourcegroups/rg-del/providers/Microsoft.Storage/storageAccounts/delstore" + API,
                "{\"location\": \"swedencentral\", \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}}");

        HttpResponse<String> accepted = delete(SUB + "/resourcegroups/rg-del" + API);

        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(Raw.get(emulator, SUB + "/resourcegroups/rg-del" + API).body()).contains("\"Deleting\"");
        int status = 202;
        for (int i = 0; i < 50 && status == 202; i++) {
            Thread.sleep(100);
            status = Raw.send(emulator, HttpRequest.newBuilder(URI.create(location)).GET()).statusCode();
        }
        assertThat(status).isEqualTo(200);
        assertThat(Raw.get(emulator, SUB + "/resourcegroups/rg-del" + API).statusCode()).isEqualTo(404);
        assertThat(Raw.get(emulator, SUB + "/resourcegroups/rg-del/providers/Microsoft.Storage/storageAccounts/delstore"
                + API).statusCode()).isEqualTo(404);
    }

    @Test
    void deletingAMissingGroupIs404AndAMissingDeployment204() {
        HttpResponse<String> missing = delete(SUB + "/resourcegroups/rg-none" + API);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("ResourceGroupNotFound");

        group("rg-dep");
        assertThat(delete(SUB + "/resourcegroups/rg-dep/providers/Microsoft.Resources/deployments/none" + API).statusCode())
                .isEqualTo(204);
    }

    @Test
    void aFinishedDeploymentIsDeletedWith202() throws Exception {
        group("rg-dep");
        String deployment = SUB + "/resourcegroups/rg-dep/providers/Microsoft.Resources/deployments/d1";
        Raw.put(emulator, deployment + API, "{\"properties\": {\"mode\": \"Incremental\", \"template\": {\"$schema\":"
                + " \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", \"contentVersion\":"
                + " \"1.0.0.0\", \"resources\": []}}}");
        for (int i = 0; i < 50 && Raw.get(emulator, deployment + API).body().contains("\"Running\""); i++) {
            Thread.sleep(50);
        }

        HttpResponse<String> accepted = delete(deployment + API);

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(Raw.send(emulator, HttpRequest.newBuilder(URI.create(accepted.headers().firstValue("Location")
                .orElseThrow())).GET()).statusCode()).isEqualTo(200);
        assertThat(Raw.get(emulator, deployment + API).statusCode()).isEqualTo(404);
    }

    @Test
    void aDeletedStorageAccountTakesItsSharesAndTheirFiles() throws Exception {
        group("rg-st");
        String account = SUB + "/resourcegroups/rg-st/providers/Microsoft.Storage/storageAccounts/ststore";
        Raw.put(emulator, account + API, "{\"location\": \"swedencentral\", \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}}");
        Raw.put(emulator, account + "/fileServices/default/shares/models" + API, "{\"properties\": {}}");
        Path share = state.resolve("files/ststore/models");
        Files.writeString(share.resolve("weights.bin"), "w");

        assertThat(delete(account + API).statusCode()).isEqualTo(200);

        assertThat(Raw.get(emulator, account + "/fileServices/default/shares/models" + API).statusCode()).isEqualTo(404);
        assertThat(share).doesNotExist();
    }

    @Test
    void aDeletedEnvironmentTakesItsContainerApps() {
        group("rg-env");
        String environment = SUB + "/resourcegroups/rg-env/providers/Microsoft.App/managedEnvironments/env1";
        // Microsoft.App serves its own api-versions, not Resource Manager's 2021-04-01
        assertThat(Raw.put(emulator, environment + APP_API, "{\"location\": \"swedencentral\", \"properties\": {}}")
                .statusCode()).isEqualTo(201);
        String app = SUB + "/resourcegroups/rg-env/providers/Microsoft.App/containerApps/app1";
        Raw.put(emulator, app + APP_API, "{\"location\": \"swedencentral\", \"properties\": {\"managedEnvironmentId\": \""
                + environment + "\", \"template\": {\"containers\": [{\"name\": \"main\", \"image\": \"x\"}]}}}");

        assertThat(delete(environment + APP_API).statusCode()).isEqualTo(200);

        assertThat(Raw.get(emulator, app + APP_API).statusCode()).isEqualTo(404);
        JsonNode left = Json.parse(Raw.get(emulator, SUB + "/resourcegroups/rg-env/resources" + API).body());
        assertThat(left.path("value")).isEmpty();
    }

    private void group(String name) {
        assertThat(Raw.put(emulator, SUB + "/resourcegroups/" + name + API, "{\"location\": \"swedencentral\"}").statusCode())
                .isIn(200, 201);
    }

    private HttpResponse<String> delete(String pathAndQuery) {
        return Raw.send(emulator, HttpRequest.newBuilder(emulator.armEndpoint().resolve(pathAndQuery)).DELETE());
    }
}
