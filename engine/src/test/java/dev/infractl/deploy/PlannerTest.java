package dev.infractl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static final String SHARE = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
            + "/fileServices/default/shares/models";

    private final InMemoryGateway azure = new InMemoryGateway();
    private final FakeTime time = FakeTime.at("2026-11-25T14:00:00Z");
    private final DeploymentTarget target = new DeploymentTarget("s", "rg", "swedencentral", "https://portal.azure.com");

    @Test
    void aMissingGroupIsAChangeAndNothingIsAskedOfWhatIf() {
        azure.groupExists = false;

        Plan plan = new Planner(azure, request -> { throw new AssertionError("what-if without a group"); }, azure, time)
                .plan(target, request());

        assertThat(plan.hasChanges()).isTrue();
        assertThat(azure.validated).isEmpty();
    }

    @Test
    void onlyNoChangeAndIgnoreMeanNoChanges() {
        WhatIf unchanged = request -> new WhatIf.Result(List.of(new PlannedChange(SHARE, ChangeType.NO_CHANGE, List.of())),
                Optional.empty());
        WhatIf modified = request -> new WhatIf.Result(List.of(new PlannedChange(SHARE, ChangeType.MODIFY,
                List.of(PropertyChange.leaf("properties.shareQuota", PropertyChange.Kind.MODIFY, "100", "200")))), Optional.empty());

        assertThat(new Planner(azure, unchanged, azure, time).plan(target, request()).hasChanges()).isFalse();
        assertThat(new Planner(azure, modified, azure, time).plan(target, request()).hasChanges()).isTrue();
    }

    @Test
    void aRefusedValidationIsTheFailureOfThePlan() {
        azure.validationError = Optional.of(ArmError.of("InvalidTemplate", "bad"));

        Plan plan = new Planner(azure, request -> new WhatIf.Result(List.of(), Optional.empty()), azure, time)
                .plan(target, request());

        assertThat(plan.failure().orElseThrow().hints()).containsExactly(FailureHints.INVALID_TEMPLATE);
    }

    @Test
    void aChangeNamesItsNestedTypeAndName() {
        PlannedChange change = new PlannedChange(SHARE, ChangeType.CREATE, List.of());

        assertThat(change.resourceType()).isEqualTo("Microsoft.Storage/storageAccounts/fileServices/shares");
        assertThat(change.resourceName()).isEqualTo("st/default/models");
    }

    private ProvisionRequest request() {
        return new ProvisionRequest(target, JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode(),
                new ProjectTag("p"), Path.of("unused.json"), WaitOptions.untilDone());
    }
}
