package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.WhatIfOperationResultInner;
import com.azure.resourcemanager.resources.models.ChangeType;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.DeploymentParameter;
import com.azure.resourcemanager.resources.models.DeploymentWhatIf;
import com.azure.resourcemanager.resources.models.DeploymentWhatIfProperties;
import com.azure.resourcemanager.resources.models.DeploymentWhatIfSettings;
import com.azure.resourcemanager.resources.models.PropertyChangeType;
import com.azure.resourcemanager.resources.models.WhatIfChange;
import com.azure.resourcemanager.resources.models.WhatIfPropertyChange;
import com.azure.resourcemanager.resources.models.WhatIfResultFormat;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What-if through the Azure SDK's whatIf API (issue 14 item 3): one group holding the template's storage account,
 * share and workspace, plus an Application Insights component the template does not declare.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatIfTest {

    static final String GROUP = "rg-whatif-deltas";

    Emulator emulator;
    ResourceManager arm;
    String component;

    @BeforeAll
    void deployOnce(@TempDir Path state) throws Exception {
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50));
        SdkClients clients = new SdkClients(emulator);
        arm = clients.resourceManager(clients.staticToken());
        arm.resourceGroups().define(GROUP).withRegion("swedencentral").create();
        arm.deployments().define("first").withExistingResourceGroup(GROUP)
                .withTemplate(Templates.read("storage-and-workspace.json")).withParameters("{}")
                .withMode(DeploymentMode.INCREMENTAL).create();
        component = "/subscriptions/" + emulator.subscriptionId() + "/resourceGroups/" + GROUP
                + "/providers/Microsoft.Insights/components/undeclared";
        assertThat(Raw.put(emulator, component + "?api-version=2020-02-02", "{\"location\": \"swedencentral\","
                + " \"kind\": \"web\", \"properties\": {\"Application_Type\": \"web\"}}").statusCode()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void changedParametersShowAsLeafModifiesWithAnArrayChildAndNothingComputedShows() throws Exception {
        WhatIfOperationResultInner result = whatIf(DeploymentMode.INCREMENTAL, Map.of("firstIp", "198.51.100.0/24",
                "retention", 60, "team", "serving"), WhatIfResultFormat.FULL_RESOURCE_PAYLOADS);

        WhatIfChange account = change(result, "Microsoft.Storage/storageAccounts/st");
        assertThat(account.changeType()).isEqualTo(ChangeType.MODIFY);
        assertThat(account.delta()).extracting(WhatIfPropertyChange::path)
                .containsExactlyInAnyOrder("tags.team", "properties.networkAcls.ipRules");
        WhatIfPropertyChange rules = delta(account, "properties.networkAcls.ipRules");
        assertThat(rules.propertyChangeType()).isEqualTo(PropertyChangeType.ARRAY);
        assertThat(rules.children()).singleElement().satisfies(first -> {
            assertThat(first.path()).isEqualTo("0");
            assertThat(first.propertyChangeType()).isEqualTo(PropertyChangeType.MODIFY);
            assertThat(first.children()).singleElement().satisfies(value -> {
                assertThat(value.path()).isEqualTo("value");
                assertThat(value.before()).isEqualTo("203.0.113.0/24");
                assertThat(value.after()).isEqualTo("198.51.100.0/24");
            });
        });
        WhatIfPropertyChange retention = delta(change(result, "Microsoft.OperationalInsights/workspaces/"),
                "properties.retentionInDays");
        assertThat(retention.propertyChangeType()).isEqualTo(PropertyChangeType.MODIFY);
        assertThat(retention.before()).isEqualTo(30);
        assertThat(retention.after()).isEqualTo(60);
        assertThat(change(result, "/shares/models").changeType()).isEqualTo(ChangeType.NO_CHANGE);
    }

    @Test
    void aResourceTheTemplateLeavesOutIsIgnoredInIncrementalMode() throws Exception {
        WhatIfOperationResultInner result = whatIf(DeploymentMode.INCREMENTAL, Map.of(),
                WhatIfResultFormat.FULL_RESOURCE_PAYLOADS);

        assertThat(change(result, "Microsoft.Insights/components/undeclared").changeType()).isEqualTo(ChangeType.IGNORE);
        assertThat(result.changes()).filteredOn(change -> change.changeType() != ChangeType.IGNORE)
                .extracting(WhatIfChange::changeType).containsOnly(ChangeType.NO_CHANGE).hasSize(4);
    }

    @Test
    void completeModeShowsDeleteForWhatTheTemplateLeavesOutOrSwitchesOff() throws Exception {
        WhatIfOperationResultInner result = whatIf(DeploymentMode.COMPLETE, Map.of("withWorkspace", false),
                WhatIfResultFormat.FULL_RESOURCE_PAYLOADS);

        assertThat(change(result, "Microsoft.Insights/components/undeclared").changeType()).isEqualTo(ChangeType.DELETE);
        assertThat(change(result, "Microsoft.OperationalInsights/workspaces/").changeType()).isEqualTo(ChangeType.DELETE);
        assertThat(change(result, "Microsoft.Storage/storageAccounts/st").changeType()).isEqualTo(ChangeType.NO_CHANGE);
        assertThat(arm.genericResources().getById(component, "2020-02-02").name()).as("what-if deletes nothing")
                .isEqualTo("undeclared");
    }

    @Test
    void resourceIdOnlyAnswersDeployForWhatExists() throws Exception {
        WhatIfOperationResultInner result = whatIf(DeploymentMode.INCREMENTAL, Map.of(),
                WhatIfResultFormat.RESOURCE_ID_ONLY);

        assertThat(change(result, "Microsoft.Storage/storageAccounts/st").changeType()).isEqualTo(ChangeType.DEPLOY);
        assertThat(result.changes()).allSatisfy(change -> assertThat(change.delta()).isNull());
    }

    WhatIfOperationResultInner whatIf(DeploymentMode mode, Map<String, Object> parameters, WhatIfResultFormat format)
            throws Exception {
        return whatIf(arm, GROUP, "storage-and-workspace.json", mode, parameters, format);
    }

    /** POST whatIf of a template from the test resources, through the SDK. */
    static WhatIfOperationResultInner whatIf(ResourceManager arm, String group, String template, DeploymentMode mode,
                                             Map<String, Object> parameters, WhatIfResultFormat format) throws Exception {
        Map<String, DeploymentParameter> values = new HashMap<>();
        parameters.forEach((name, value) -> values.put(name, new DeploymentParameter().withValue(value)));
        DeploymentWhatIf request = new DeploymentWhatIf().withProperties(new DeploymentWhatIfProperties().withMode(mode)
                .withTemplate(DeploymentTest.asMap(Templates.read(template))).withParameters(values)
                .withWhatIfSettings(new DeploymentWhatIfSettings().withResultFormat(format)));
        return arm.deploymentClient().getDeployments().whatIf(group, "preview", request);
    }

    static WhatIfChange change(WhatIfOperationResultInner result, String idPart) {
        return result.changes().stream().filter(change -> change.resourceId().contains(idPart)
                && !change.resourceId().substring(change.resourceId().indexOf(idPart) + idPart.length()).contains("/"))
                .findFirst().orElseThrow(() -> new AssertionError(idPart + " not in " + result.changes().stream()
                        .map(WhatIfChange::resourceId).toList()));
    }

    static WhatIfPropertyChange delta(WhatIfChange change, String path) {
        return change.delta().stream().filter(delta -> delta.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not in the delta of " + change.resourceId()));
    }
}
