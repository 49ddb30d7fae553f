package dev.infractl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.arm.PlannedResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What plan says provision does to each resource of the template, read from ARM's what-if. */
class ResourceActionsTest {

    static final String APP = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.App/containerApps/app";
    static final PlannedResource RESOURCE = new PlannedResource("Microsoft.App/containerApps", "2024-03-01", "app", APP,
            true, List.of(), "$.resources[0]");

    @Test
    void aModifyNamesTheChangedPathsAndNoChangeIsAReuse() {
        PlanResource modified = decide(new PlannedChange(APP, ChangeType.MODIFY, List.of(
                PropertyChange.leaf("properties.template.scale.maxReplicas", PropertyChange.Kind.MODIFY, "1", "3"))));
        PlanResource unchanged = decide(new PlannedChange(APP, ChangeType.NO_CHANGE, List.of()));

        assertThat(modified.action()).isEqualTo("update");
        assertThat(modified.source()).isEqualTo("what-if: properties.template.scale.maxReplicas");
        assertThat(unchanged.action()).isEqualTo("reuse");
    }

    @Test
    void aTemplateResourceWhatIfCouldNotPredictIsAnUpdateNotAReuse() {
        PlanResource ignored = decide(new PlannedChange(APP, ChangeType.IGNORE, List.of()));

        assertThat(ignored.action()).isEqualTo("update");
        assertThat(ignored.source()).isEqualTo("what-if could not predict it");
    }

    @Test
    void aModuleIsDeployedAndWhenWhatIfCouldNotExpandItTheReasonIsItsSource() {
        String id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Resources/deployments/diagnostics";
        PlannedResource module = new PlannedResource("Microsoft.Resources/deployments", "2022-09-01", "diagnostics", id,
                true, List.of(), "$.resources[1]");
        ResourceActions actions = ResourceActions.fromWhatIf();

        PlanResource expanded = actions.decide("rg", List.of(module), true, List.of()).get(0);
        PlanResource unexpanded = actions.decide("rg", List.of(module), true, List.of(new PlannedChange(id,
                ChangeType.UNSUPPORTED, List.of(), "its parameters read outputs this deployment has yet to make"))).get(0);

        assertThat(expanded.action()).isEqualTo("deploy");
        assertThat(expanded.source()).isEqualTo("module: what-if lists its resources");
        assertThat(unexpanded.action()).isEqualTo("deploy");
        assertThat(unexpanded.source())
                .isEqualTo("what-if could not expand it: its parameters read outputs this deployment has yet to make");
    }

    static PlanResource decide(PlannedChange change) {
        return ResourceActions.fromWhatIf().decide("rg", List.of(RESOURCE), true, List.of(change)).get(0);
    }
}
