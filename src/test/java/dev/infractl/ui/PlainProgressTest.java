package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.deploy.ProvisionEvent;
import dev.infractl.deploy.ProvisioningState;
import dev.infractl.deploy.StopReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainProgressTest {

    private final Captured captured = new Captured();
    private final PlainProgress progress = new PlainProgress(captured.out, captured.err);

    @Test
    void aSuccessfulRunIsOneLinePerChangeOnStderrAndTheOutputsOnStdout() {
        SampleRun.succeeded().forEach(progress::on);

        assertThat(captured.err()).isEqualTo("""
                Validated inference-20261125-140000.
                Submitted deployment inference-20261125-140000 in resource group rg.
                  %s
                storage account             stx                              Running
                storage account             stx                              Succeeded
                container app               app-x                            Succeeded
                Deployment inference-20261125-140000 Succeeded in 1s.
                """.formatted(SampleRun.PORTAL));
        assertThat(captured.out()).isEqualTo("""
                ACA_APP_ENDPOINT  https://app-x.example
                ACA_APP_NAME      app-x
                """);
    }

    @Test
    void aFailureShowsTheWholeTreeTheFailedOperationThePortalAndTheHint() {
        SampleRun.failed().forEach(progress::on);

        assertThat(captured.err()).contains("""
                error: deployment inference-20261125-140000 ended Failed
                  DeploymentFailed: At least one resource deployment operation failed.
                    ResourceDeploymentFailure: The resource write operation failed. (target: cae-x)
                      SubscriptionNCA100Gpus: Not enough NCA100 GPU quota in swedencentral.
                failed operations:
                  Container Apps environment cae-x: Failed
                    SubscriptionNCA100Gpus: Not enough NCA100 GPU quota in swedencentral.
                portal: %s
                hint: the subscription lacks GPU quota""".formatted(SampleRun.PORTAL));
        assertThat(captured.out()).isEmpty();
    }

    @Test
    void ctrlCAndTimeoutSayTheDeploymentGoesOnAndHowToReattach() {
        for (var reason : List.of(StopReason.INTERRUPTED, StopReason.TIMED_OUT)) {
            Captured each = new Captured();
            PlainProgress plain = new PlainProgress(each.out, each.err);
            plain.on(new ProvisionEvent.Submitted(SampleRun.T0, SampleRun.NAME, "rg", SampleRun.PORTAL, false));
            plain.on(new ProvisionEvent.Finished(SampleRun.at(90_000), SampleRun.NAME,
                    ProvisioningState.RUNNING, reason, Map.of(), Optional.empty(),
                    SampleRun.PORTAL));

            assertThat(each.err()).contains("deployment inference-20261125-140000 is still running in Azure")
                    .contains("`infractl status --attach --resource-group rg`");
        }
    }
}
