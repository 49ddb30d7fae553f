package dev.infractl.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class CloudTest {

    @Test
    void eachCloudHasItsAuthorityResourceManagerAndPortal() {
        assertThat(Cloud.named("azurecloud").authorityHost()).isEqualTo("https://login.microsoftonline.com/");
        assertThat(Cloud.named("AzureChinaCloud").armEndpoint()).hasToString("https://management.chinacloudapi.cn/");
        assertThat(Cloud.named("AzureUSGovernment").portalUrl()).isEqualTo("https://portal.azure.us");
        assertThat(Cloud.AZURE_CLOUD.managementScope()).isEqualTo("https://management.azure.com/.default");
    }

    @Test
    void anUnknownCloudIsBadInputNamingTheKnownOnes() {
        assertThatThrownBy(() -> Cloud.named("AzureGermanCloud")).isInstanceOfSatisfying(InfractlException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(e.problems().get(0).hint()).contains("AzureCloud, AzureChinaCloud, AzureUSGovernment");
        });
    }

    @Test
    void plainHttpIsRefusedForRemoteEndpoints() {
        var settings = ConnectionSettings.forCloud(Cloud.AZURE_CLOUD)
                .withArmEndpoint(URI.create("http://arm.example.com/"), null).withAccessToken("t");

        assertThatThrownBy(() -> AzureConnection.open(settings)).isInstanceOf(InfractlException.class)
                .hasMessageContaining("plain http");
    }

    @Test
    void theSettingsNeverShowTheToken() {
        assertThat(ConnectionSettings.forCloud(Cloud.AZURE_CLOUD).withAccessToken("secret-token").toString())
                .doesNotContain("secret-token").contains("***");
    }
}
