package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What Azure checks on a resource PUT before anything is written, through raw HTTPS (issue 14 item 4). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PutChecksTest {

    static final String GROUP = "/subscriptions/" + Subscription.LOCAL.subscriptionId() + "/resourceGroups/rg-checks";
    static final String ACCOUNT = "{\"location\": \"%s\", \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}}";

    Emulator emulator;

    @BeforeAll
    void start(@TempDir Path state) {
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50));
        Raw.put(emulator, GROUP + "?api-version=2021-04-01", "{\"location\": \"swedencentral\"}");
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void anUnknownRegionIsLocationNotAvailableForResourceType() {
        HttpResponse<String> refused = put("/providers/Microsoft.Storage/storageAccounts/inmars?api-version=2023-05-01",
                ACCOUNT.formatted("marsnorth"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(code(refused)).isEqualTo("LocationNotAvailableForResourceType");
        assertThat(message(refused)).startsWith("The provided location 'marsnorth' is not available for resource type"
                + " 'Microsoft.Storage/storageAccounts'.");
    }

    @Test
    void aRegionsDisplayNameIsTakenAsItsName() {
        assertThat(put("/providers/Microsoft.Storage/storageAccounts/displayname?api-version=2023-05-01",
                ACCOUNT.formatted("Sweden Central")).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownApiVersionOfAKnownTypeIsNoRegisteredProviderFoundListingTheSupportedOnes() {
        HttpResponse<String> refused = put("/providers/Microsoft.Storage/storageAccounts/future?api-version=2099-01-01",
                ACCOUNT.formatted("swedencentral"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(code(refused)).isEqualTo("NoRegisteredProviderFound");
        assertThat(message(refused)).startsWith("No registered resource provider found for location 'swedencentral' and"
                + " API version '2099-01-01' for type 'storageAccounts'. The supported api-versions are '")
                .contains("2023-05-01").contains("The supported locations are '");
    }

    @Test
    void anUnknownNamespaceIsInvalidResourceNamespace() {
        HttpResponse<String> refused = put("/providers/Microsoft.Nothing/things/one?api-version=2023-05-01",
                "{\"location\": \"swedencentral\"}");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(code(refused)).isEqualTo("InvalidResourceNamespace");
        assertThat(message(refused)).isEqualTo("The resource namespace 'Microsoft.Nothing' is invalid.");
    }

    @Test
    void anUnknownTypeOfAKnownNamespaceIsInvalidResourceType() {
        HttpResponse<String> refused = put("/providers/Microsoft.Storage/widgets/w1?api-version=2023-05-01",
                "{\"location\": \"swedencentral\"}");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(code(refused)).isEqualTo("InvalidResourceType");
        assertThat(message(refused)).isEqualTo("The resource type 'widgets' could not be found in the namespace"
                + " 'Microsoft.Storage' for api version '2023-05-01'.");
    }

    @Test
    void aReadAtAnApiVersionTheTypeIsNotServedAtIsNoRegisteredProviderFoundNamingTheResourcesRegion() {
        put("/providers/Microsoft.Storage/storageAccounts/readlater?api-version=2023-05-01", ACCOUNT.formatted("westeurope"));

        HttpResponse<String> refused = Raw.get(emulator, GROUP
                + "/providers/Microsoft.Storage/storageAccounts/readlater?api-version=2099-01-01");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(message(refused)).startsWith("No registered resource provider found for location 'westeurope' and"
                + " API version '2099-01-01' for type 'storageAccounts'.");
    }

    @Test
    void theTableKnowsEachTypesOwnVersionsAndTakesAnyVersionOfANamespaceItDoesNotCover() {
        // Microsoft.Web/sites has 2023-12-01; Microsoft.Web/serverfarms too; Microsoft.Maps is not in the table
        assertThat(put("/providers/Microsoft.Web/sites/app1?api-version=2015-01-01-nope",
                "{\"location\": \"swedencentral\"}").statusCode()).isEqualTo(400);
        assertThat(put("/providers/Microsoft.Web/sites/app1?api-version=2023-12-01",
                "{\"location\": \"swedencentral\"}").statusCode()).isEqualTo(201);
        assertThat(put("/providers/Microsoft.Maps/accounts/maps1?api-version=2099-01-01",
                "{\"location\": \"global\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void anInvalidStorageNameIsAccountNameInvalid() {
        HttpResponse<String> refused = put("/providers/Microsoft.Storage/storageAccounts/Has-Dashes?api-version=2023-05-01",
                ACCOUNT.formatted("swedencentral"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(code(refused)).isEqualTo("AccountNameInvalid");
    }

    @Test
    void anInvalidContainerAppNameIsContainerAppInvalidName() {
        HttpResponse<String> refused = put("/providers/Microsoft.App/containerApps/9starts-with-digit?api-version=2024-03-01",
                "{\"location\": \"swedencentral\", \"properties\": {}}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(code(refused)).isEqualTo("ContainerAppInvalidName");
        assertThat(message(refused)).startsWith("Invalid ContainerApp name '9starts-with-digit'.");
        assertThat(put("/providers/Microsoft.App/containerApps/has--double?api-version=2024-03-01",
                "{\"location\": \"swedencentral\", \"properties\": {}}").statusCode()).isEqualTo(400);
    }

    @Test
    void anInvalidResourceGroupNameIsInvalidResourceGroupNamingTheCharacters() {
        HttpResponse<String> refused = Raw.put(emulator, "/subscriptions/" + Subscription.LOCAL.subscriptionId()
                + "/resourcegroups/bad%21name%2A?api-version=2021-04-01", "{\"location\": \"swedencentral\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(code(refused)).isEqualTo("InvalidResourceGroup");
        assertThat(message(refused)).startsWith("The provided resource group name 'bad!name*' has these invalid"
                + " characters: '!*'.");
    }

    @Test
    void aDeploymentValidationReportsEveryResourcesProblemAtOnce() {
        String template = "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\","
                + " \"contentVersion\": \"1.0.0.0\", \"resources\": ["
                + "{\"type\": \"Microsoft.Storage/storageAccounts\", \"apiVersion\": \"2023-05-01\", \"name\": \"NotValid\","
                + " \"location\": \"swedencentral\", \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}},"
                + "{\"type\": \"Microsoft.Storage/storageAccounts\", \"apiVersion\": \"2023-05-01\", \"name\": \"inmoon\","
                + " \"location\": \"moon\", \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}}]}";

        HttpResponse<String> refused = Raw.post(emulator, GROUP + "/providers/Microsoft.Resources/deployments/checks/validate"
                + "?api-version=2021-04-01", "{\"properties\": {\"mode\": \"Incremental\", \"template\": " + template + "}}");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode preflight = Json.parse(refused.body()).path("error").path("details").path(0);
        assertThat(preflight.path("code").asText()).isEqualTo("PreflightValidationCheckFailed");
        assertThat(preflight.path("details").findValuesAsText("code"))
                .containsExactly("AccountNameInvalid", "LocationNotAvailableForResourceType");
    }

    private HttpResponse<String> put(String path, String body) {
        return Raw.put(emulator, GROUP + path, body);
    }

    private static String code(HttpResponse<String> response) {
        return Json.parse(response.body()).path("error").path("code").asText();
    }

    private static String message(HttpResponse<String> response) {
        return Json.parse(response.body()).path("error").path("message").asText();
    }
}
