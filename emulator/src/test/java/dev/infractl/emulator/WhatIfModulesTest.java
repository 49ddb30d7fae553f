package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.WhatIfOperationResultInner;
import com.azure.resourcemanager.resources.models.ChangeType;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.PropertyChangeType;
import com.azure.resourcemanager.resources.models.WhatIfChange;
import com.azure.resourcemanager.resources.models.WhatIfPropertyChange;
import com.azure.resourcemanager.resources.models.WhatIfResultFormat;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What-if expands nested deployments (Bicep modules) as ARM does, through the Azure SDK's whatIf API: the resources
 * a module would deploy are changes at their own ids, with the module's parameters, conditions and modules in it;
 * the module's deployment record is no change of its own.
 */
class WhatIfModulesTest {

    static final String TEMPLATE = "modules/whatif-modules.json";

    Emulator emulator;
    ResourceManager arm;
    String group;

    @BeforeEach
    void start(@TempDir Path state) throws Exception {
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50));
        SdkClients clients = new SdkClients(emulator);
        arm = clients.resourceManager(clients.staticToken());
        arm.resourceGroups().define("rg-whatif-modules").withRegion("swedencentral").create();
        group = "/subscriptions/" + emulator.subscriptionId() + "/resourceGroups/rg-whatif-modules/providers/";
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aModulesResourcesAreCreatesAtTheirOwnIdsAndTheModuleItselfIsNoChange() throws Exception {
        WhatIfOperationResultInner result = whatIf(DeploymentMode.INCREMENTAL, Map.of());

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
        arm.deployments().define("first").withExistingResourceGroup("rg-whatif-modules")
                .withTemplate(Templates.read(TEMPLATE)).withParameters("{}").withMode(DeploymentMode.INCREMENTAL).create();

        WhatIfOperationResultInner result = whatIf(DeploymentMode.COMPLETE, Map.of("retentionInDays", 90));

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

    WhatIfOperationResultInner whatIf(DeploymentMode mode, Map<String, Object> parameters) throws Exception {
        return WhatIfTest.whatIf(arm, "rg-whatif-modules", TEMPLATE, mode, parameters,
                WhatIfResultFormat.FULL_RESOURCE_PAYLOADS);
    }
}
