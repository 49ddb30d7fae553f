package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.arm.PlannedResource;
import dev.infractl.deploy.PlanResource;
import dev.infractl.reuse.ResourceDecision;
import dev.infractl.reuse.ReuseAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** plan lists what discovery decided, with its reason, beside what the template deploys. */
class DiscoveredActionsTest {

    private static final String APP = "Microsoft.App/containerApps";
    private static final String ENVIRONMENT = "Microsoft.App/managedEnvironments";

    @Test
    void aReusedEnvironmentTheTemplateOnlyReferencesIsListedAsReuseWithItsReason() {
        List<PlannedResource> deployed = List.of(new PlannedResource(APP, "2024-03-01", "aiacaappk3j2x",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.App/containerApps/aiacaappk3j2x", true, List.of(),
                "$.resources[0]"));
        List<ResourceDecision> found = List.of(
                new ResourceDecision(ENVIRONMENT, "aienvk3j2x", ReuseAction.REUSE, "from fine-tuning job aiacajobk3j2x"),
                new ResourceDecision(APP, "aiacaappk3j2x", ReuseAction.CREATE, "not found"));

        List<PlanResource> plan = new DiscoveredActions(found).decide("rg", deployed, true, List.of());

        assertThat(plan).containsExactly(
                new PlanResource("aiacaappk3j2x", APP, "create", "not found"),
                new PlanResource("aienvk3j2x", ENVIRONMENT, "reuse", "from fine-tuning job aiacajobk3j2x"));
    }

    @Test
    void withoutDiscoveryTheWhatIfDecisionStands() {
        List<PlannedResource> deployed = List.of(new PlannedResource(APP, "2024-03-01", "app",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.App/containerApps/app", true, List.of(), "$.resources[0]"));

        List<PlanResource> plan = new DiscoveredActions(List.of()).decide("rg", deployed, false, List.of());

        assertThat(plan).extracting(PlanResource::action).containsExactly("create", "create");
        assertThat(plan.get(0).type()).isEqualTo("Microsoft.Resources/resourceGroups");
    }
}
