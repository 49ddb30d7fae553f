package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.GenericResource;
import com.azure.resourcemanager.resources.models.Provider;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resource providers as az resource and the SDK's generic resources read them: every namespace Azure has is answered
 * (a type's api-version comes from its provider before the resource is touched), an unknown one is 404.
 */
class ProvidersTest {

    static final String SUB = "/subscriptions/" + Subscription.LOCAL.subscriptionId();
    static final String IDENTITY = SUB + "/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-app";

    @TempDir
    Path state;
    Emulator emulator;
    ResourceManager arm;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50));
        SdkClients clients = new SdkClients(emulator);
        arm = clients.resourceManager(clients.staticToken());
        arm.resourceGroups().define("rg").withRegion("swedencentral").create();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void theSdksGenericResourcesShowAndDeleteATypeTheEmulatorDoesNotModelAsAzResourceDoes() {
        Raw.put(emulator, IDENTITY + "?api-version=2023-01-31", "{\"location\": \"swedencentral\"}");

        GenericResource shown = arm.genericResources().getById(IDENTITY);

        assertThat(shown.name()).isEqualTo("id-app");
        assertThat(shown.apiVersion()).as("a version the provider lists for the type")
                .isIn(ResourceTypeCatalog.apiVersions("Microsoft.ManagedIdentity/userAssignedIdentities"));
        assertThat(((Map<?, ?>) shown.properties()).get("principalId")).asString().matches("[0-9a-f-]{36}");
        arm.genericResources().deleteById(IDENTITY);
        assertThat(arm.genericResources().checkExistenceById(IDENTITY)).isFalse();
    }

    @Test
    void aNamespaceIsAnsweredAsAzureSpellsItWithTheTypesTheEmulatorHolds() {
        Raw.put(emulator, IDENTITY + "?api-version=2023-01-31", "{\"location\": \"swedencentral\"}");

        Provider provider = arm.providers().getByName("microsoft.managedidentity");

        assertThat(provider.namespace()).isEqualTo("Microsoft.ManagedIdentity");
        assertThat(provider.registrationState()).isEqualTo("Registered");
        assertThat(provider.resourceTypes()).anySatisfy(type -> {
            assertThat(type.resourceType()).isEqualTo("userAssignedIdentities");
            assertThat(type.apiVersions()).contains("2023-01-31");
        });
    }

    @Test
    void aTypeWithNoResourceYetIsListedSoAzResourceCreateCanFindItsApiVersion() {
        Provider provider = arm.providers().getByName("Microsoft.KeyVault");

        assertThat(provider.resourceTypes()).anySatisfy(type -> {
            assertThat(type.resourceType()).isEqualTo("vaults");
            assertThat(type.apiVersions()).isNotEmpty();
        });
        arm.genericResources().deleteById(IDENTITY);
    }

    @Test
    void aNamespaceWithNothingInItYetIsAnsweredAndRegisters() {
        assertThat(arm.providers().getByName("Microsoft.KeyVault").registrationState()).isEqualTo("Registered");
        assertThat(arm.providers().register("Microsoft.KeyVault").namespace()).isEqualTo("Microsoft.KeyVault");
        assertThat(arm.providers().list().stream().map(Provider::namespace))
                .contains("Microsoft.App", "Microsoft.KeyVault", "Microsoft.Network", "Microsoft.Storage");
    }

    @Test
    void aNamespaceAzureDoesNotHaveIs404InvalidResourceNamespace() {
        HttpResponse<String> answer = Raw.get(emulator, SUB + "/providers/Microsoft.NoSuchThing?api-version=2021-04-01");

        assertThat(answer.statusCode()).isEqualTo(404);
        JsonNode error = Json.parse(answer.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("InvalidResourceNamespace");
        assertThat(error.path("message").asText()).isEqualTo("The resource namespace 'Microsoft.NoSuchThing' is invalid.");
    }
}
