package dev.infractl.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreflightTest {

    private static final String ENV = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/env";

    private final FakeAzure azure = new FakeAzure()
            .region("westus3", 0, 0, "NC24-A100")
            .region("eastus", 4, 1, "NC24-A100")
            .region("swedencentral", 8, 0, "NC24-A100")
            .region("westeurope", 100, 0, "D4");

    private PreflightReport run(DeploymentFacts facts, boolean groupExists, boolean register) {
        return new Preflight(azure.ports(), Clock.systemUTC()).run(facts, "rg", groupExists, register);
    }

    private static DeploymentFacts facts(String region, String profile, int instances) {
        return new DeploymentFacts(region, profile, instances, "aistorage12345", Optional.of(ENV), List.of());
    }

    @Test
    void everyProblemIsReportedAtOnceWithTheRegionsThatFitBestFirst() {
        azure.taken.add("aistorage12345");
        azure.unregistered.add("Microsoft.App");

        PreflightReport report = run(facts("westus3", "NC24-A100", 2), false, false);

        assertThat(report.ok()).isFalse();
        assertThat(report.failures()).extracting(CheckResult::name)
                .containsExactly("gpu-quota", "storage-name", "provider Microsoft.App");
        assertThat(report.suggestions()).extracting(RegionFit::region).containsExactly("swedencentral", "eastus");
        assertThat(report.failures().get(0).message()).contains("limit 0, in use 0, needed 2");
        assertThat(report.failures().get(0).fix()).endsWith("it fits in swedencentral, eastus");
    }

    @Test
    void whenOtherRegionsCannotBeLookedUpEveryProblemIsStillReportedAndTheFixSaysWhy() {
        azure.unregistered.add("Microsoft.App");
        azure.regionsRefused = new InfractlException(ExitCode.AZURE_FAILED,
                "reading provider Microsoft.App failed: not found (/subscriptions/s/providers/Microsoft.App)", "check");

        PreflightReport report = run(facts("westus3", "NC24-A100", 2), false, false);

        assertThat(report.failures()).extracting(CheckResult::name).containsExactly("gpu-quota", "provider Microsoft.App");
        assertThat(report.suggestions()).isEmpty();
        assertThat(report.failures().get(0).fix()).endsWith("other regions could not be looked up: reading provider"
                + " Microsoft.App failed: not found (/subscriptions/s/providers/Microsoft.App)");
    }

    @Test
    void questionsResourceManagerCannotAnswerAreNotCheckedAndStopNothingWhileAProblemFoundStillDoes() {
        azure.unanswered = new InfractlException(ExitCode.AZURE_FAILED,
                "reading provider Microsoft.App failed: not found (/subscriptions/s/providers/Microsoft.App)",
                "check the subscription and the names");
        azure.regionsRefused = new IllegalStateException("no region search when nothing was found");

        PreflightReport answered = run(facts("westus3", "NC24-A100", 2), true, false);
        azure.taken.add("aistorage12345");
        PreflightReport taken = run(facts("westus3", "NC24-A100", 2), true, false);

        assertThat(answered.ok()).as(answered.checks().toString()).isTrue();
        assertThat(answered.unchecked()).extracting(CheckResult::name).containsExactly("region", "gpu-quota",
                "provider Microsoft.App", "provider Microsoft.OperationalInsights", "provider Microsoft.Storage", "rights");
        assertThat(answered.unchecked()).allSatisfy(check -> assertThat(check.message())
                .startsWith("not checked: reading provider Microsoft.App failed: not found"));
        assertThat(answered.suggestions()).isEmpty();
        assertThat(taken.failures()).extracting(CheckResult::name).containsExactly("storage-name");
    }

    @Test
    void aRegionWithoutTheProfileFailsAndPointsToOnesWithIt() {
        PreflightReport report = run(facts("westeurope", "NC24-A100", 1), false, false);

        assertThat(report.failures()).extracting(CheckResult::name).contains("region");
        assertThat(report.suggestions()).as("westus3 offers it without quota; westeurope does not offer it")
                .extracting(RegionFit::region).containsExactly("swedencentral", "eastus");
    }

    @Test
    void theGpusAReusedEnvironmentAlreadyHoldsAreNotNeededAgain() {
        azure.region("eastus", 4, 4, "NC24-A100");
        azure.held.put(ENV, 2L);

        PreflightReport report = run(facts("eastus", "NC24-A100", 2), true, false);

        assertThat(report.ok()).as(report.checks().toString()).isTrue();
        assertThat(report.checks().get(1).message()).contains("needed 0").contains("minus 2 the reused environment");
    }

    @Test
    void serverlessProfilesCountOneGpuPerReplicaOnTheirOwnQuota() {
        GpuDemand demand = GpuDemand.of("Consumption-GPU-NC8as-T4", "eastus", 3).orElseThrow();

        assertThat(demand.quotaName()).isEqualTo("SubscriptionConsumptionNCT4Gpus");
        assertThat(demand.needed()).isEqualTo(3);
        assertThat(GpuDemand.of("NC96-A100", "eastus", 2).orElseThrow().needed()).isEqualTo(8);
        assertThat(GpuDemand.of("D4", "eastus", 2)).isEmpty();
    }

    @Test
    void theChecksRunAtTheSameTime() {
        azure.meetAt(Preflight.PROVIDERS.size());

        PreflightReport report = run(facts("swedencentral", "NC24-A100", 2), false, false);

        assertThat(report.checks()).filteredOn(check -> check.name().startsWith("provider"))
                .allSatisfy(check -> assertThat(check.message()).endsWith("is registered"));
    }

    @Test
    void registerProvidersAsksForTheMissingOnesOnly() {
        azure.unregistered.add("Microsoft.App");

        PreflightReport report = run(facts("swedencentral", "NC24-A100", 2), false, true);

        assertThat(report.ok()).isTrue();
        assertThat(azure.registered).containsExactly("Microsoft.App");
    }

    @Test
    void ourOwnAccountInTheGroupIsNotTakenAndMissingRightsAreNamed() {
        azure.taken.add("aistorage12345");
        azure.inGroup.add("aistorage12345");
        azure.permissions = List.of(new Permission(List.of("*"), List.of("Microsoft.Storage/*/listKeys/action")));

        PreflightReport report = run(facts("swedencentral", "NC24-A100", 2), true, false);

        assertThat(report.failures()).extracting(CheckResult::name).containsExactly("rights");
        assertThat(report.failures().get(0).message()).endsWith("Microsoft.Storage/storageAccounts/listKeys/action");
    }
}
