package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.deploy.ArmError;
import dev.infractl.deploy.DeploymentFailure;
import dev.infractl.deploy.DeploymentOperation;
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
                portal: %s
                hint: the subscription lacks GPU quota""".formatted(SampleRun.PORTAL));
        assertThat(captured.err().split("Not enough NCA100 GPU quota", -1)).as("each message printed once").hasSize(2);
        assertThat(captured.out()).isEmpty();
    }

    @Test
    void anOperationMessageTheTreeDoesNotCarryIsStillShownUnderItsOperation() {
        ArmError own = ArmError.of("StorageAccountAlreadyTaken", "The storage account named stx is already taken.");
        DeploymentOperation storage = new DeploymentOperation("/x/stx", "Microsoft.Storage/storageAccounts", "stx",
                ProvisioningState.FAILED, Optional.empty(), Optional.of(own));
        progress.on(new ProvisionEvent.Submitted(SampleRun.T0, SampleRun.NAME, "rg", SampleRun.PORTAL, false));
        progress.on(new ProvisionEvent.Finished(SampleRun.at(600), SampleRun.NAME, ProvisioningState.FAILED,
                StopReason.COMPLETED, Map.of(), Optional.of(DeploymentFailure.of(SampleRun.TREE, List.of(storage))),
                SampleRun.PORTAL));

        assertThat(captured.err()).contains("  storage account stx: Failed\n"
                + "    StorageAccountAlreadyTaken: The storage account named stx is already taken.");
    }

    @Test
    void longNamesAreCutInTheMiddleSoTheStateColumnStaysInPlace() {
        progress.on(SampleRun.changed(100, "Microsoft.Storage/storageAccounts/fileServices/shares",
                "aifileshare-for-the-phi3-inference-project-of-team-x", ProvisioningState.RUNNING));
        progress.on(SampleRun.changed(200, "Microsoft.Storage/storageAccounts", "stx", ProvisioningState.RUNNING));

        List<String> lines = captured.err().lines().toList();
        assertThat(lines.get(0)).contains("aifileshar").contains("...").contains("-of-team-x");
        assertThat(lines.get(0).indexOf("Running")).isEqualTo(lines.get(1).indexOf("Running"));
    }

    @Test
    void theReattachHintRepeatsTheTargetOptionsTheUserGave() {
        Captured each = new Captured();
        PlainProgress plain = new PlainProgress(each.out, each.err, " -C proj --local");
        plain.on(new ProvisionEvent.Submitted(SampleRun.T0, SampleRun.NAME, "rg-proj", SampleRun.PORTAL, false));
        plain.on(new ProvisionEvent.Finished(SampleRun.at(90_000), SampleRun.NAME, ProvisioningState.RUNNING,
                StopReason.INTERRUPTED, Map.of(), Optional.empty(), SampleRun.PORTAL));

        assertThat(each.err()).contains("`infractl status --attach -C proj --local`")
                .contains("`infractl cancel -C proj --local`");
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
