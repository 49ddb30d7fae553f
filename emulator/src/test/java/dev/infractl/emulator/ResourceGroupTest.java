package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.management.Region;
import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.resources.ResourceManager;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourceGroupTest {

    Emulator emulator;
    SdkClients clients;

    @BeforeAll
    void start(@TempDir Path state) {
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50));
        clients = new SdkClients(emulator);
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void aResourceGroupIsCreatedReadAndDeletedThroughTheSdkWithTheStaticToken() {
        ResourceManager arm = clients.resourceManager(clients.staticToken());

        arm.resourceGroups().define("rg-static").withRegion(Region.SWEDEN_CENTRAL).withTag("project", "x").create();

        assertThat(arm.resourceGroups().getByName("rg-static").regionName()).isEqualTo("swedencentral");
        assertThat(arm.resourceGroups().contain("rg-static")).isTrue();
        arm.resourceGroups().deleteByName("rg-static");
        assertThat(arm.resourceGroups().contain("rg-static")).isFalse();
    }

    @Test
    void aClientSecretCredentialGetsATokenFromTheEmulatorsTokenEndpoint() {
        ResourceManager arm = clients.resourceManager(clients.clientSecret());

        arm.resourceGroups().define("rg-secret").withRegion("eastus").create();

        assertThat(arm.resourceGroups().getByName("rg-secret").name()).isEqualTo("rg-secret");
    }

    @Test
    void aMissingResourceGroupIsResourceGroupNotFound() {
        ResourceManager arm = clients.resourceManager(clients.staticToken());

        assertThatThrownBy(() -> arm.resourceGroups().getByName("rg-missing"))
                .isInstanceOfSatisfying(ManagementException.class, e -> {
                    assertThat(e.getResponse().getStatusCode()).isEqualTo(404);
                    assertThat(e.getValue().getCode()).isEqualTo("ResourceGroupNotFound");
                });
    }

    @Test
    void aWrongTokenIsRefusedWithAnArmError() {
        ResourceManager arm = clients.resourceManager(request -> reactor.core.publisher.Mono.just(
                new com.azure.core.credential.AccessToken("forged", OffsetDateTime.now().plusHours(1))));

        assertThatThrownBy(() -> arm.resourceGroups().getByName("rg-any"))
                .isInstanceOfSatisfying(ManagementException.class, e -> {
                    assertThat(e.getResponse().getStatusCode()).isEqualTo(401);
                    assertThat(e.getValue().getCode()).isEqualTo("InvalidAuthenticationToken");
                });
    }
}
