package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A storage account's name is global: taken in one group, refused in every other, as Azure answers (issue 14). */
class GlobalNamesTest {

    static final String SUB = "/subscriptions/" + Subscription.LOCAL.subscriptionId();
    static final String STORAGE = "/providers/Microsoft.Storage/storageAccounts/";
    static final String API = "?api-version=2023-05-01";
    static final String ACCOUNT = "{\"location\": \"swedencentral\", \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}}";

    @TempDir
    Path state;
    Emulator emulator;

    @BeforeEach
    void start() throws Exception {
        Path faults = Files.writeString(state.resolve("faults.json"), "{\"takenStorageNames\": [\"takenelsewhere\"]}");
        emulator = Emulator.start(EmulatorSettings.defaults(state.resolve("state")).withSpeed(50).withFaults(faults));
        group("rg-first");
        group("rg-second");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void theSameStorageNameInASecondGroupIsRefusedWith409StorageAccountAlreadyTaken() {
        assertThat(put("rg-first", "sharedname").statusCode()).as("a new storage account answers 200, as Storage does").isEqualTo(200);

        HttpResponse<String> second = put("rg-second", "sharedname");

        assertThat(second.statusCode()).isEqualTo(409);
        JsonNode error = Json.parse(second.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("StorageAccountAlreadyTaken");
        assertThat(error.path("message").asText()).isEqualTo("The storage account named sharedname is already taken.");
        assertThat(Raw.get(emulator, SUB + "/resourceGroups/rg-second" + STORAGE + "sharedname" + API).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPutAgainInTheSameGroupUpdatesTheAccountItIs() {
        assertThat(put("rg-first", "samegroup").statusCode()).isEqualTo(200);
        assertThat(put("rg-first", "samegroup").statusCode()).isEqualTo(200);
    }

    @Test
    void aNameListedAsTakenElsewhereInAzureIsRefusedToo() {
        assertThat(put("rg-first", "takenelsewhere").statusCode()).isEqualTo(409);
    }

    @Test
    void checkNameAvailabilityAgreesWithThePut() {
        put("rg-first", "checkedname");

        JsonNode answer = Json.parse(Raw.post(emulator, SUB + "/providers/Microsoft.Storage/checkNameAvailability" + API,
                "{\"name\": \"checkedname\", \"type\": \"Microsoft.Storage/storageAccounts\"}").body());

        assertThat(answer.path("nameAvailable").asBoolean(true)).isFalse();
        assertThat(answer.path("reason").asText()).isEqualTo("AlreadyExists");
    }

    @Test
    void aDeploymentDeclaringANameTakenInAnotherGroupFailsWithThatInnerError() {
        put("rg-first", "deployedname");
        SdkClients clients = new SdkClients(emulator);
        ResourceManager arm = clients.resourceManager(clients.clientSecret());
        String template = "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\","
                + " \"contentVersion\": \"1.0.0.0\", \"resources\": [{\"type\": \"Microsoft.Storage/storageAccounts\","
                + " \"apiVersion\": \"2023-05-01\", \"name\": \"deployedname\", \"location\": \"swedencentral\","
                + " \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}}]}";

        assertThatThrownBy(() -> arm.deployments().define("taken").withExistingResourceGroup("rg-second")
                .withTemplate(template).withParameters("{}").withMode(DeploymentMode.INCREMENTAL).create())
                .isInstanceOfSatisfying(ManagementException.class, e -> {
                    assertThat(e.getResponse().getStatusCode()).isEqualTo(400);
                    assertThat(e.getValue().getCode()).isEqualTo("InvalidTemplateDeployment");
                    ManagementError preflight = e.getValue().getDetails().get(0);
                    assertThat(preflight.getCode()).isEqualTo("PreflightValidationCheckFailed");
                    assertThat(preflight.getDetails()).extracting(ManagementError::getCode)
                            .containsExactly("StorageAccountAlreadyTaken");
                });
    }

    private HttpResponse<String> put(String group, String account) {
        return Raw.put(emulator, SUB + "/resourceGroups/" + group + STORAGE + account + API, ACCOUNT);
    }

    private void group(String name) {
        Raw.put(emulator, SUB + "/resourcegroups/" + name + "?api-version=2021-04-01", "{\"location\": \"swedencentral\"}");
    }
}
