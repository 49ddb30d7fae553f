package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.util.polling.LongRunningOperationStatus;
import com.azure.resourcemanager.resources.models.Deployment;
import com.azure.resourcemanager.resources.models.DeploymentOperation;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Nested deployments (Bicep modules) deployed through the Azure SDK's deployments API. */
class NestedDeploymentTest {

    private static final String MODULE = "Microsoft.Resources/deployments";

    @RegisterExtension
    static final EmulatedArm AZURE = EmulatedArm.withFaults("""
                {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "stfailing",
                                "error": {"code": "StorageAccountAlreadyTaken",
                                          "message": "The storage account named stfailing is already taken."}}]}
                """);

    static Object output(Deployment deployment, String name) {
        return DeploymentTest.outputs(deployment).get(name).get("value");
    }

    static List<DeploymentOperation> operations(Deployment deployment) {
        return deployment.deploymentOperations().list().stream().toList();
    }

    @Test
    void aBicepStyleModuleDeploysItsResourcesHasItsOwnRecordAndOperationsAndFeedsTheParentsOutputs() {
        Deployment parent = AZURE.deploy("rg-module", "main", Templates.read("modules/storage-module.json"));

        String accountId = AZURE.groupId("rg-module") + "/providers/Microsoft.Storage/storageAccounts/stmodule1";
        assertThat(parent.provisioningState()).isEqualTo("Succeeded");
        assertThat(output(parent, "accountId")).isEqualTo(accountId);
        assertThat(output(parent, "fileEndpoint")).isEqualTo(AZURE.emulator().filesEndpoint() + "stmodule1/");
        assertThat(AZURE.arm().genericResources().getById(accountId, "2023-05-01").name()).isEqualTo("stmodule1");

        Deployment module = AZURE.arm().deployments().getByResourceGroup("rg-module", "storage");
        assertThat(module.provisioningState()).isEqualTo("Succeeded");
        assertThat(DeploymentTest.outputs(module).get("accountId").get("value")).isEqualTo(accountId);
        assertThat(operations(module)).singleElement().satisfies(operation -> {
            assertThat(operation.targetResource().id()).isEqualTo(accountId);
            assertThat(operation.provisioningState()).isEqualTo("Succeeded");
        });
    }

    @Test
    void theParentListsTheModuleAsOneOperationAndWhatDependsOnItStartsAfterIt() {
        // a storage account's name is global: this group's copy of the module needs a name of its own
        Deployment parent = AZURE.deploy("rg-module-ops", "main", Templates.read("modules/storage-module.json")
                .replace("\"stmodule1\"", "\"stmoduleops\""));

        List<DeploymentOperation> operations = operations(parent);
        assertThat(operations).extracting(operation -> operation.targetResource().resourceType())
                .containsExactly(MODULE, "Microsoft.OperationalInsights/workspaces");
        assertThat(operations.get(0).targetResource().resourceName()).isEqualTo("storage");
        assertThat(operations.get(0).targetResource().id())
                .isEqualTo(AZURE.groupId("rg-module-ops") + "/providers/Microsoft.Resources/deployments/storage");
        assertThat(operations).allSatisfy(operation -> assertThat(operation.provisioningState()).isEqualTo("Succeeded"));
    }

    @Test
    void aModuleInASymbolicNameTemplateIsReferencedAndWaitedForByItsSymbolicName() {
        Deployment parent = AZURE.deploy("rg-module-symbolic", "main", """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "languageVersion": "2.0", "contentVersion": "1.0.0.0",
                 "resources": {
                   "log": {"type": "Microsoft.OperationalInsights/workspaces", "apiVersion": "2022-10-01",
                     "name": "log-symbolic", "location": "swedencentral",
                     "tags": {"suffix": "[reference('names').outputs.suffix.value]"}, "dependsOn": ["names"]},
                   "names": {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "names",
                     "properties": {"expressionEvaluationOptions": {"scope": "inner"}, "mode": "Incremental",
                       "template": {"languageVersion": "2.0", "contentVersion": "1.0.0.0", "resources": {},
                         "outputs": {"suffix": {"type": "string", "value": "[uniqueString('fixed')]"}}}}}},
                 "outputs": {"suffix": {"type": "string", "value": "[reference('names').outputs.suffix.value]"}}}
                """);

        assertThat(parent.provisioningState()).isEqualTo("Succeeded");
        assertThat(operations(parent)).extracting(operation -> operation.targetResource().resourceName())
                .containsExactly("names", "log-symbolic");
        assertThat(AZURE.arm().genericResources().getById(AZURE.groupId("rg-module-symbolic")
                + "/providers/Microsoft.OperationalInsights/workspaces/log-symbolic", "2022-10-01").tags())
                .containsEntry("suffix", (String) output(parent, "suffix"));
    }

    @Test
    void anOuterScopeNestedTemplateReadsTheParentsParametersAndVariables() {
        Deployment parent = AZURE.deploy("rg-outer", "main", Templates.read("modules/outer-scope-module.json"));

        assertThat(parent.provisioningState()).isEqualTo("Succeeded");
        assertThat(output(parent, "names")).isEqualTo(List.of("stouter0", "stouter1"));
        Deployment nested = AZURE.arm().deployments().getByResourceGroup("rg-outer", "outer");
        assertThat(DeploymentTest.outputs(nested).get("literal").get("value")).isEqualTo("[not an expression]");
        var account = AZURE.arm().genericResources().getById(
                AZURE.groupId("rg-outer") + "/providers/Microsoft.Storage/storageAccounts/stouter1", "2023-05-01");
        assertThat(account.sku().name()).isEqualTo("Standard_LRS");
    }

    @Test
    void aModuleInAModuleWaitsForTheResourceItDependsOnAndPassesOutputsUpTwoLevels() {
        Deployment parent = AZURE.deploy("rg-module-depth", "main", Templates.read("modules/nested-modules.json"));

        assertThat(parent.provisioningState()).isEqualTo("Succeeded");
        assertThat(output(parent, "customerId")).isEqualTo(output(parent, "workspaceCustomerId"));
        assertThat((String) output(parent, "customerId")).isNotBlank();
        assertThat(AZURE.arm().deployments().getByResourceGroup("rg-module-depth", "middle").provisioningState())
                .isEqualTo("Succeeded");
        Deployment innermost = AZURE.arm().deployments().getByResourceGroup("rg-module-depth", "innermost");
        assertThat(operations(innermost)).singleElement().satisfies(operation ->
                assertThat(operation.targetResource().resourceName()).isEqualTo("stinnermost"));
    }

    @Test
    void aModuleWithAResourceGroupDeploysIntoThatGroupAndIsRecordedThere() {
        AZURE.arm().resourceGroups().define("rg-shared").withRegion("westus3").create();
        Deployment parent = AZURE.deploy("rg-cross", "main", """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01",
                   "name": "shared", "resourceGroup": "rg-shared",
                   "properties": {"expressionEvaluationOptions": {"scope": "inner"}, "mode": "Incremental",
                     "template": {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                       "contentVersion": "1.0.0.0",
                       "resources": [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-05-01",
                         "name": "stshared", "location": "[resourceGroup().location]",
                         "sku": {"name": "Standard_LRS"}, "kind": "StorageV2"}],
                       "outputs": {"group": {"type": "string", "value": "[resourceGroup().name]"}}}}}],
                 "outputs": {"group": {"type": "string",
                   "value": "[reference(resourceId('rg-shared', 'Microsoft.Resources/deployments', 'shared')).outputs.group.value]"}}}
                """);

        assertThat(parent.provisioningState()).isEqualTo("Succeeded");
        assertThat(output(parent, "group")).isEqualTo("rg-shared");
        var account = AZURE.arm().genericResources().getById(
                AZURE.groupId("rg-shared") + "/providers/Microsoft.Storage/storageAccounts/stshared", "2023-05-01");
        assertThat(account.regionName()).isEqualTo("westus3");
        assertThat(AZURE.arm().deployments().getByResourceGroup("rg-shared", "shared").provisioningState()).isEqualTo("Succeeded");
    }

    @Test
    void aModuleAimedAtAMissingGroupFailsTheParentWithResourceGroupNotFound() {
        JsonNode parent = deployAndFail("rg-cross-missing", """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01",
                   "name": "elsewhere", "resourceGroup": "rg-does-not-exist",
                   "properties": {"expressionEvaluationOptions": {"scope": "inner"}, "mode": "Incremental",
                     "template": {"contentVersion": "1.0.0.0", "resources": []}}}]}
                """);

        JsonNode failure = parent.path("properties").path("error").path("details").get(0);
        assertThat(failure.path("target").asText()).endsWith("/resourceGroups/rg-does-not-exist/providers/"
                + "Microsoft.Resources/deployments/elsewhere");
        assertThat(failure.path("details").get(0).path("code").asText()).isEqualTo("ResourceGroupNotFound");
    }

    @Test
    void aModuleWithATemplateLinkIsRefusedWithInvalidTemplateLinkNamingTheLink() {
        JsonNode parent = deployAndFail("rg-module-link", """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "linked",
                   "properties": {"mode": "Incremental",
                     "templateLink": {"uri": "https://example.invalid/storage.json"}}}]}
                """);

        JsonNode refusal = parent.path("properties").path("error").path("details").get(0).path("details").get(0);
        assertThat(refusal.path("code").asText()).isEqualTo("InvalidTemplateLink");
        assertThat(refusal.path("message").asText()).contains("https://example.invalid/storage.json");
    }

    @Test
    void aFailingResourceInAModuleFailsTheModuleAndTheParentWithTheInnerErrorNested() {
        JsonNode parent = deployAndFail("rg-module-fails", """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "broken",
                   "properties": {"expressionEvaluationOptions": {"scope": "inner"}, "mode": "Incremental",
                     "template": {"contentVersion": "1.0.0.0",
                       "resources": [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-05-01",
                         "name": "stfailing", "location": "swedencentral", "sku": {"name": "Standard_LRS"}}]}}},
                   {"type": "Microsoft.OperationalInsights/workspaces", "apiVersion": "2022-10-01", "name": "log-never",
                    "location": "swedencentral", "dependsOn": ["broken"]}]}
                """);

        JsonNode error = parent.path("properties").path("error");
        assertThat(error.path("code").asText()).isEqualTo("DeploymentFailed");
        JsonNode moduleFailure = error.path("details").get(0);
        assertThat(moduleFailure.path("target").asText()).endsWith("/deployments/broken");
        JsonNode moduleError = moduleFailure.path("details").get(0);
        assertThat(moduleError.path("code").asText()).isEqualTo("DeploymentFailed");
        assertThat(moduleError.path("details").get(0).path("details").get(0).path("code").asText())
                .isEqualTo("StorageAccountAlreadyTaken");
        assertThat(AZURE.arm().deployments().getByResourceGroup("rg-module-fails", "broken").provisioningState())
                .isEqualTo("Failed");
        assertThat(Json.parse(Raw.get(AZURE.emulator(), AZURE.groupId("rg-module-fails")
                + "/providers/Microsoft.Resources/deployments/main/operations?api-version=2024-03-01").body())
                .path("value")).singleElement().satisfies(operation -> {
                    assertThat(operation.path("properties").path("provisioningState").asText()).isEqualTo("Failed");
                    assertThat(operation.path("properties").path("statusMessage").path("error").path("code").asText())
                            .isEqualTo("DeploymentFailed");
                });
    }

    @Test
    void aModuleLeftRunningByADeadProcessIsRunAgainByItsResumedParent(@TempDir Path state) throws Exception {
        String parentUrl;
        try (Emulator first = Emulator.start(EmulatorSettings.defaults(state).withSpeed(0.01))) {
            String group = "/subscriptions/" + first.subscriptionId() + "/resourcegroups/rg-module-resume";
            Raw.put(first, group + "?api-version=2024-03-01", "{\"location\": \"swedencentral\"}");
            parentUrl = group + "/providers/Microsoft.Resources/deployments/main?api-version=2024-03-01";
            var response = Raw.put(first, parentUrl, "{\"properties\": {\"mode\": \"Incremental\", \"template\": "
                    + Templates.read("modules/storage-module.json") + "}}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(Json.parse(Raw.get(first, group + "/providers/Microsoft.Resources/deployments/storage"
                    + "?api-version=2024-03-01").body()).path("properties").path("provisioningState").asText())
                    .isEqualTo("Running");
        }

        try (Emulator second = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50))) {
            JsonNode parent = Json.parse(Raw.get(second, parentUrl).body());
            for (int i = 0; i < 300 && DeploymentState.of(parent.path("properties").path("provisioningState").asText())
                    .isActive(); i++) {
                Thread.sleep(20);
                parent = Json.parse(Raw.get(second, parentUrl).body());
            }
            SdkClients clients = new SdkClients(second);
            Deployment module = clients.resourceManager(clients.staticToken()).deployments()
                    .getByResourceGroup("rg-module-resume", "storage");

            assertThat(parent.path("properties").path("provisioningState").asText()).as(parent.toString())
                    .isEqualTo("Succeeded");
            assertThat(parent.at("/properties/outputs/accountId/value").asText()).endsWith("/storageAccounts/stmodule1");
            assertThat(module.provisioningState()).isEqualTo("Succeeded");
            assertThat(operations(module)).singleElement()
                    .satisfies(operation -> assertThat(operation.provisioningState()).isEqualTo("Succeeded"));
        }
    }

    JsonNode deployAndFail(String group, String template) {
        AZURE.arm().resourceGroups().define(group).withRegion("swedencentral").create();
        try {
            var poller = AZURE.arm().deploymentClient().getDeployments().beginCreateOrUpdate(group, "main",
                    DeploymentTest.inner(template));
            assertThat(poller.waitForCompletion().getStatus()).isEqualTo(LongRunningOperationStatus.FAILED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Json.parse(Raw.get(AZURE.emulator(), AZURE.groupId(group)
                + "/providers/Microsoft.Resources/deployments/main?api-version=2024-03-01").body());
    }
}
