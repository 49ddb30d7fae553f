package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.fluent.models.WhatIfOperationResultInner;
import com.azure.resourcemanager.resources.models.ChangeType;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.PropertyChangeType;
import com.azure.resourcemanager.resources.models.WhatIfChange;
import com.azure.resourcemanager.resources.models.WhatIfPropertyChange;
import com.azure.resourcemanager.resources.models.WhatIfResultFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What-if expands nested deployments (Bicep modules) as ARM does, through the Azure SDK's whatIf API: the resources
 * a module would deploy are changes at their own ids, with the module's parameters, conditions and modules in it;
 * the module's deployment record is no change of its own.
 */
class WhatIfModulesTest {

    static final String TEMPLATE = "modules/whatif-modules.json";

    @RegisterExtension
    static final EmulatedArm AZURE = EmulatedArm.started();

    @Test
    void aModulesResourcesAreCreatesAtTheirOwnIdsAndTheModuleItselfIsNoChange() throws Exception {
        String group = group("rg-whatif-modules-new");

        WhatIfOperationResultInner result = whatIf("rg-whatif-modules-new", DeploymentMode.INCREMENTAL, Map.of());

        assertThat(result.changes()).filteredOn(change -> change.changeType() == ChangeType.CREATE)
                .extracting(WhatIfChange::resourceId).containsExactlyInAnyOrder(
                        group + "Microsoft.Storage/storageAccounts/wifparent",
                        group + "Microsoft.OperationalInsights/workspaces/wif-log",
                        group + "Microsoft.Insights/components/wif-log-appi");
        assertThat(result.changes()).extracting(WhatIfChange::resourceId).as("a false condition, inside or on a module")
                .noneMatch(id -> id.endsWith("/wifarchive") || id.endsWith("/wifswitchedoff"));
        assertThat(result.changes()).filteredOn(change -> change.resourceId().contains("Microsoft.Resources/deployments"))
                .as("only the module whose inputs read what is yet to be made").singleElement().satisfies(module -> {
                    assertThat(module.resourceId()).endsWith("/deployments/readsTheParent");
                    assertThat(module.changeType()).isEqualTo(ChangeType.UNSUPPORTED);
                    assertThat(module.unsupportedReason()).contains("readsTheParent").contains("yet to make");
                });
    }

    @Test
    void afterTheDeploymentAParameterPassedIntoAModuleShowsAsALeafModifyOfTheModulesResource() throws Exception {
        AZURE.deploy("rg-whatif-modules-deployed", "first", Templates.read(TEMPLATE));

        WhatIfOperationResultInner result = whatIf("rg-whatif-modules-deployed", DeploymentMode.COMPLETE,
                Map.of("retentionInDays", 90));

        WhatIfChange workspace = WhatIfTest.change(result, "Microsoft.OperationalInsights/workspaces/wif-log");
        assertThat(workspace.changeType()).isEqualTo(ChangeType.MODIFY);
        WhatIfPropertyChange retention = WhatIfTest.delta(workspace, "properties.retentionInDays");
        assertThat(retention.propertyChangeType()).isEqualTo(PropertyChangeType.MODIFY);
        assertThat(retention.before()).isEqualTo(30);
        assertThat(retention.after()).isEqualTo(90);
        assertThat(WhatIfTest.change(result, "Microsoft.Insights/components/wif-log-appi").changeType())
                .isEqualTo(ChangeType.NO_CHANGE);
        assertThat(WhatIfTest.change(result, "Microsoft.Storage/storageAccounts/wifreader").changeType())
                .as("now that the parent account exists, the module reading it expands").isEqualTo(ChangeType.NO_CHANGE);
        assertThat(result.changes()).as("Complete mode deletes nothing a module declares")
                .noneMatch(change -> change.changeType() == ChangeType.DELETE);
    }

    /** Makes the group; answers the prefix of its resources' ids. */
    static String group(String name) {
        AZURE.arm().resourceGroups().define(name).withRegion("swedencentral").create();
        return AZURE.groupId(name) + "/providers/";
    }

    static WhatIfOperationResultInner whatIf(String group, DeploymentMode mode, Map<String, Object> parameters)
            throws Exception {
        return WhatIfTest.whatIf(AZURE.arm(), group, TEMPLATE, mode, parameters, WhatIfResultFormat.FULL_RESOURCE_PAYLOADS);
    }
}
