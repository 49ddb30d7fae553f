package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.WhatIfOperationResultInner;
import com.azure.resourcemanager.resources.models.ChangeType;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.DeploymentWhatIf;
import com.azure.resourcemanager.resources.models.DeploymentWhatIfProperties;
import com.azure.resourcemanager.resources.models.ResourceGroupExportResult;
import com.azure.resourcemanager.resources.models.ResourceGroupExportTemplateOptions;
import com.azure.resourcemanager.resources.models.WhatIfChange;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST .../resourcegroups/{g}/exportTemplate} through the SDK's long-running export (202, then the Location's 200):
 * the group's resources as a template that deploys back to what is there (issue 14 item 7).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupExportTest {

    static final String GROUP = "rg-export";

    @RegisterExtension
    static final EmulatedArm AZURE = EmulatedArm.started();

    Emulator emulator;
    ResourceManager arm;
    JsonNode template;

    @BeforeAll
    void deployThenExport() {
        emulator = AZURE.emulator();
        arm = AZURE.arm();
        AZURE.deploy(GROUP, "inference", Templates.inference());
        ResourceGroupExportResult exported = arm.resourceGroups().getByName(GROUP)
                .exportTemplate(ResourceGroupExportTemplateOptions.INCLUDE_PARAMETER_DEFAULT_VALUE);
        template = Json.parse(exported.templateJson());
    }

    @Test
    void everyResourceOfTheGroupIsExportedWithItsTypeAndAnApiVersion() {
        List<String> inGroup = new ArrayList<>();
        Json.parse(Raw.get(emulator, "/subscriptions/" + emulator.subscriptionId() + "/resourcegroups/" + GROUP
                + "/resources?api-version=2021-04-01").body()).path("value").forEach(r -> inGroup.add(r.path("type").asText()));

        assertThat(template.path("resources")).extracting(r -> r.path("type").asText())
                .containsExactlyInAnyOrderElementsOf(inGroup);
        assertThat(template.path("resources")).allSatisfy(r -> assertThat(r.path("apiVersion").asText()).matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void namesAreParametersWithTheirValuesAsDefaultsAndChildrenDependOnTheirParent() {
        JsonNode account = resource("Microsoft.Storage/storageAccounts");
        JsonNode share = resource("Microsoft.Storage/storageAccounts/fileServices/shares");
        String parameter = account.path("name").asText().replaceAll("^\\[parameters\\('(.+)'\\)]$", "$1");

        String accountName = template.path("parameters").path(parameter).path("defaultValue").asText();
        assertThat(accountName).matches("[a-z0-9]{3,24}");
        assertThat(parameter).isEqualTo("storageAccounts_" + accountName + "_name");
        assertThat(share.path("name").asText()).isEqualTo("[concat(parameters('" + parameter + "'), '/default/"
                + share.path("name").asText().replaceAll(".*/default/(.*)'\\)]$", "$1") + "')]");
        assertThat(share.path("dependsOn").path(0).asText()).isEqualTo(
                "[resourceId('Microsoft.Storage/storageAccounts/fileServices', parameters('" + parameter + "'), 'default')]");
    }

    @Test
    void readOnlyPropertiesAreLeftOutAndSettableOnesKept() {
        JsonNode account = resource("Microsoft.Storage/storageAccounts");
        JsonNode app = resource("Microsoft.App/containerApps");

        assertThat(account.path("properties").has("primaryEndpoints")).isFalse();
        assertThat(account.path("properties").has("provisioningState")).isFalse();
        assertThat(account.path("properties").has("creationTime")).isFalse();
        assertThat(account.path("sku").path("name").asText()).isEqualTo("Standard_LRS");
        assertThat(account.path("location").asText()).isEqualTo("swedencentral");
        assertThat(app.path("properties").has("latestRevisionName")).isFalse();
        assertThat(app.path("properties").path("configuration").path("ingress").has("fqdn")).isFalse();
        assertThat(app.path("properties").path("configuration").path("ingress").path("targetPort").asInt()).isEqualTo(7860);
    }

    @Test
    void theExportedTemplateDeploysBackAsNoChangeEvenInCompleteMode() throws Exception {
        DeploymentWhatIf request = new DeploymentWhatIf().withProperties(new DeploymentWhatIfProperties()
                .withMode(DeploymentMode.COMPLETE).withTemplate(DeploymentTest.asMap(Json.text(template))));

        WhatIfOperationResultInner result = arm.deploymentClient().getDeployments().whatIf(GROUP, "roundtrip", request);

        assertThat(result.changes()).isNotEmpty().allSatisfy(change -> assertThat(change.changeType())
                .as(change.resourceId() + " " + describe(change)).isEqualTo(ChangeType.NO_CHANGE));
    }

    @Test
    void anUnknownExportOptionIsRefusedWith400BeforeAnythingRuns() {
        HttpResponse<String> refused = Raw.post(emulator, "/subscriptions/" + emulator.subscriptionId() + "/resourcegroups/"
                + GROUP + "/exportTemplate?api-version=2022-09-01", "{\"resources\": [\"*\"], \"options\": \"IncludeSecrets\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("IncludeSecrets");
    }

    private JsonNode resource(String type) {
        for (JsonNode resource : template.path("resources")) {
            if (resource.path("type").asText().equals(type)) {
                return resource;
            }
        }
        throw new AssertionError(type + " not exported: " + template);
    }

    private static String describe(WhatIfChange change) {
        return change.delta() == null ? "" : change.delta().stream().map(delta -> delta.path() + " " + delta.propertyChangeType()).toList().toString();
    }
}
