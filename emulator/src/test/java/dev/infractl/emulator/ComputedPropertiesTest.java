package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.Deployment;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The properties Azure computes and templates read through reference() and list*(): one deployment through the
 * real SDK whose outputs read each of them, then the same values through raw GETs and POSTs (issue 14 item 7).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputedPropertiesTest {

    static final String GROUP = "/subscriptions/" + Subscription.LOCAL.subscriptionId() + "/resourceGroups/rg-computed";
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    Emulator emulator;
    JsonNode outputs;

    @BeforeAll
    void deploy(@TempDir Path state) throws Exception {
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50));
        SdkClients clients = new SdkClients(emulator);
        ResourceManager arm = clients.resourceManager(clients.clientSecret());
        arm.resourceGroups().define("rg-computed").withRegion("swedencentral").create();
        Deployment deployment = arm.deployments().define("computed").withExistingResourceGroup("rg-computed")
                .withTemplate(Templates.read("computed.json")).withParameters("{}")
                .withMode(DeploymentMode.INCREMENTAL).create();
        assertThat(deployment.provisioningState()).isEqualTo("Succeeded");
        outputs = Json.MAPPER.valueToTree(deployment.outputs());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void aPublicIpAndAContainerGroupHaveAddressesAndFqdnsFromTheirLabels() {
        assertThat(output("pipAddress")).matches("20\\.\\d+\\.\\d+\\.\\d+");
        assertThat(output("pipFqdn")).isEqualTo("piplabel.swedencentral.cloudapp.azure.com");
        assertThat(output("aciIp")).matches("20\\.\\d+\\.\\d+\\.\\d+").isNotEqualTo(output("pipAddress"));
        assertThat(output("aciFqdn")).isEqualTo("acilabel.swedencentral.azurecontainer.io");
    }

    @Test
    void applicationInsightsHasAnInstrumentationKeyAndAConnectionStringCarryingIt() {
        assertThat(output("instrumentationKey")).matches(UUID);
        assertThat(output("insightsConnection")).startsWith("InstrumentationKey=" + output("instrumentationKey")
                + ";IngestionEndpoint=https://swedencentral-0.in.applicationinsights.azure.com/;");
    }

    @Test
    void managedIdentitiesHavePrincipalClientAndTenantIds() {
        assertThat(output("uamiPrincipal")).matches(UUID);
        assertThat(output("uamiClient")).matches(UUID).isNotEqualTo(output("uamiPrincipal"));
        assertThat(output("uamiTenant")).isEqualTo(emulator.tenantId());
        assertThat(output("webPrincipal")).matches(UUID).isNotEqualTo(output("uamiPrincipal"));
        assertThat(output("webUserClient")).isEqualTo(output("uamiClient"));
    }

    @Test
    void hostsOfWebAppsDatabasesVaultsAndRegistriesFollowTheirNames() {
        assertThat(output("webHost")).isEqualTo("computedweb.azurewebsites.net");
        assertThat(output("sqlFqdn")).isEqualTo("computedsql.database.windows.net");
        assertThat(output("postgresFqdn")).isEqualTo("computedpg.postgres.database.azure.com");
        assertThat(output("vaultUri")).isEqualTo("https://computedvault.vault.azure.net/");
        assertThat(output("loginServer")).isEqualTo("computedacr.azurecr.io");
        assertThat(output("dfsEndpoint")).isEqualTo("https://computedstore.dfs.core.windows.net/");
    }

    @Test
    void aVirtualNetworksSubnetsHaveTheirIds() {
        assertThat(output("subnetId")).isEqualTo(GROUP + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apps");
    }

    @Test
    void listActionsBeyondListKeysAnswerInTheirProvidersShapes() {
        assertThat(output("registryUser")).isEqualTo("computedacr");
        assertThat(outputs.path("registryPasswords").path("value").asInt()).isEqualTo(2);
        assertThat(output("callbackUrl")).startsWith("https://prod-00.swedencentral.logic.azure.com/workflows/")
                .contains("/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=");
        assertThat(output("accountSas")).startsWith("sv=2015-04-05&ss=bf&srt=sco&sp=r&se=2030-01-01T00%3A00%3A00Z&spr=https&sig=");
        assertThat(output("cosmosConnection")).startsWith("AccountEndpoint=https://computedcosmos.documents.azure.com:443/;AccountKey=");
    }

    @Test
    void theSameValuesAnswerRawGetsAndPostsAndStayTheSameOnAnotherPut() {
        String insights = GROUP + "/providers/Microsoft.Insights/components/insights?api-version=2020-02-02";
        assertThat(Json.parse(Raw.get(emulator, insights).body()).path("properties").path("InstrumentationKey").asText())
                .isEqualTo(output("instrumentationKey"));
        Raw.put(emulator, insights, "{\"location\": \"swedencentral\", \"kind\": \"web\", \"properties\": {\"Application_Type\": \"web\"}}");
        assertThat(Json.parse(Raw.get(emulator, insights).body()).path("properties").path("InstrumentationKey").asText())
                .isEqualTo(output("instrumentationKey"));

        JsonNode credentials = Json.parse(Raw.post(emulator, GROUP + "/providers/Microsoft.ContainerRegistry/registries"
                + "/computedacr/listCredentials?api-version=2023-07-01", "").body());
        assertThat(credentials.path("passwords").findValuesAsText("name")).containsExactly("password", "password2");
    }

    @Test
    void storageListKeysIsShapedByApiVersion() {
        String account = GROUP + "/providers/Microsoft.Storage/storageAccounts/computedstore/listKeys";
        JsonNode current = Json.parse(Raw.post(emulator, account + "?api-version=2023-05-01", "").body());
        JsonNode first = Json.parse(Raw.post(emulator, account + "?api-version=2015-06-15", "").body());

        assertThat(current.path("keys").findValuesAsText("keyName")).containsExactly("key1", "key2");
        assertThat(first.path("key1").asText()).isEqualTo(current.path("keys").path(0).path("value").asText());
        assertThat(first.has("keys")).isFalse();
    }

    private String output(String name) {
        return outputs.path(name).path("value").asText();
    }
}
