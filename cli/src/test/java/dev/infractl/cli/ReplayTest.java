package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.infractl.azure.RecordedArm;
import dev.infractl.azure.TestCertificates;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code provision --arm-endpoint --ca-cert} with INFRACTL_ACCESS_TOKEN against an HTTPS server replaying recorded-shaped
 * ARM traffic: the recorded deployment fails three levels deep, and every level reaches the user.
 */
class ReplayTest {

    @TempDir
    Path folder;

    @TempDir
    Path certificates;

    private WireMockServer arm;

    @AfterEach
    void stop() {
        if (arm != null) {
            arm.stop();
        }
    }

    @Test
    void theRecordedFailureIsShownWithItsNestedErrorsFailedOperationPortalLinkAndHint() {
        TestCertificates tls = TestCertificates.create(certificates);
        arm = RecordedArm.startHttps(tls);
        RecordedArm.runsThenFails(arm);
        LocalProject project = new LocalProject(folder);

        int code = project.run(command -> {
            if (command instanceof ProvisionCommand provision) {
                provision.environment = Map.of("INFRACTL_ACCESS_TOKEN", "replayed-token");
            }
        }, "provision", "--arm-endpoint", RecordedArm.httpsUrl(arm),
                "--ca-cert", tls.caPem().toString(), "--subscription", RecordedArm.SUBSCRIPTION,
                "--resource-group", RecordedArm.GROUP, "--skip-preflight");  // the recording has no preflight calls

        assertThat(code).as(project.err).isEqualTo(1);
        assertThat(project.err).contains("""
                  DeploymentFailed: At least one resource deployment operation failed. Please list deployment operations \
                for details. Please see https://aka.ms/arm-deployment-operations for usage details. (target: \
                /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-phi3/providers/Microsoft.Resources/\
                deployments/inference-20261124-093012)
                    ResourceDeploymentFailure: The resource write operation failed to complete successfully, because it \
                reached terminal provisioning state 'Failed'.""")
                .contains("      ManagedEnvironmentProvisioningError: Failed to provision the managed environment")
                .contains("        SubscriptionNCA100Gpus: The subscription quota of NCA100 GPUs in swedencentral is 0")
                .contains("failed operations:\n  Container Apps environment cae-q3x7k2m: Failed")
                .contains("storage account             stinfq3x7k2m                     Running")
                .contains("portal: https://portal.azure.com/#@/resource/subscriptions/" + RecordedArm.SUBSCRIPTION)
                .contains("hint: the subscription lacks GPU quota");
        assertThat(project.azureConfig()).doesNotExist();
    }
}
