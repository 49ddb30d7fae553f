package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.fluent.models.DeploymentInner;
import com.azure.resourcemanager.resources.fluent.models.WhatIfOperationResultInner;
import com.azure.resourcemanager.resources.models.ChangeType;
import com.azure.resourcemanager.resources.models.Deployment;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.DeploymentOperation;
import com.azure.resourcemanager.resources.models.DeploymentProperties;
import com.azure.resourcemanager.resources.models.DeploymentWhatIf;
import com.azure.resourcemanager.resources.models.DeploymentWhatIfProperties;
import com.azure.resourcemanager.resources.models.WhatIfChange;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeploymentTest {

    // Every test deploys a GPU environment in the same region: room for all of them under the GPU quota.
    @RegisterExtension
    static final EmulatedArm AZURE = EmulatedArm.withFaults("{\"quotas\": {\"SubscriptionNCA100Gpus\": 100}}");

    @Test
    void theInferenceTemplateDeploysAndItsOutputsNameTheResources() {
        Deployment deployment = AZURE.deploy("rg-inference", "inference-1", Templates.inference());

        assertThat(deployment.provisioningState()).isEqualTo("Succeeded");
        Map<String, Map<String, Object>> outputs = outputs(deployment);
        assertThat(outputs).containsOnlyKeys("SUBSCRIPTION_ID", "RESOURCE_GROUP_NAME", "STORAGE_ACCOUNT_NAME",
                "FILE_SHARE_NAME", "ACA_APP_NAME", "ACA_APP_ENDPOINT");
        assertThat(outputs.get("SUBSCRIPTION_ID").get("value")).isEqualTo(AZURE.emulator().subscriptionId());
        assertThat((String) outputs.get("STORAGE_ACCOUNT_NAME").get("value")).matches("[a-z0-9]{3,24}");
        assertThat((String) outputs.get("ACA_APP_ENDPOINT").get("value")).matches("https://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void everyResourceHasASucceededOperationNamingIt() {
        Deployment deployment = AZURE.deploy("rg-operations", "inference-ops", Templates.inference());

        List<DeploymentOperation> operations = List.copyOf(deployment.deploymentOperations().list().stream().toList());

        assertThat(operations).hasSize(7);
        assertThat(operations).allSatisfy(operation -> {
            assertThat(operation.provisioningState()).isEqualTo("Succeeded");
            assertThat(operation.timestamp()).isNotNull();
            assertThat(operation.statusCode()).isEqualTo("Created");
        });
        assertThat(operations).extracting(operation -> operation.targetResource().resourceType()).contains(
                "Microsoft.Storage/storageAccounts", "Microsoft.App/managedEnvironments", "Microsoft.App/containerApps");
    }

    @Test
    void theStorageAccountsFileEndpointIsTheFilesListenerPathStyle() {
        Deployment deployment = AZURE.deploy("rg-storage", "inference-st", Templates.inference());
        String account = (String) outputs(deployment).get("STORAGE_ACCOUNT_NAME").get("value");

        var resource = AZURE.arm().genericResources().getById(
                "/subscriptions/" + AZURE.emulator().subscriptionId() + "/resourceGroups/rg-storage/providers/"
                        + "Microsoft.Storage/storageAccounts/" + account, "2023-05-01");

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) resource.properties();
        assertThat(properties.get("primaryEndpoints").get("file")).isEqualTo(AZURE.emulator().filesEndpoint() + account + "/");
        assertThat(AZURE.emulator().storageAccountKeys().primaryKey(account)).get().asString().hasSize(88);
    }

    @Test
    void uniqueStringAndGuidOutputsEqualAzuresValues() {
        String template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0", "resources": [],
                 "outputs": {
                   "unique": {"type": "string", "value": "[uniqueString('hello', 'world')]"},
                   "guid": {"type": "string", "value": "[guid('test')]"}}}""";

        Deployment deployment = AZURE.deploy("rg-functions", "functions", template);

        assertThat(outputs(deployment).get("unique").get("value")).isEqualTo("a7wkljktk6wne");
        assertThat(outputs(deployment).get("guid").get("value")).isEqualTo("d6a5baf1-8b9b-542a-8525-2982f1f98a0c");
    }

    @Test
    void validateAcceptsTheInferenceTemplateAndRefusesAnUnknownFunctionNamingIt() throws Exception {
        AZURE.arm().resourceGroups().define("rg-validate").withRegion("swedencentral").create();
        var deployments = AZURE.arm().deploymentClient().getDeployments();

        var valid = deployments.validate("rg-validate", "check", inner(Templates.inference()));
        assertThat(valid.properties().provisioningState().toString()).isEqualTo("Succeeded");

        String broken = Templates.inference().replace("[subscription().subscriptionId]", "[noSuchFunction()]");
        // The SDK folds a 400 from validate into "Long running operation failed"; the body is what clients read.
        var response = Raw.post(AZURE.emulator(), "/subscriptions/" + AZURE.emulator().subscriptionId() + "/resourcegroups/rg-validate"
                + "/providers/Microsoft.Resources/deployments/check/validate?api-version=2024-03-01",
                "{\"properties\": {\"mode\": \"Incremental\", \"template\": " + broken + "}}");

        assertThat(response.statusCode()).isEqualTo(400);
        var error = Json.parse(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("InvalidTemplate");
        assertThat(error.path("message").asText()).contains("noSuchFunction");
        assertThat(error.path("details").get(0).path("target").asText()).startsWith("$.outputs");
    }

    @Test
    void whatIfShowsCreatesBeforeAndNoChangesAfterADeployment() throws Exception {
        AZURE.arm().resourceGroups().define("rg-whatif").withRegion("swedencentral").create();
        var deployments = AZURE.arm().deploymentClient().getDeployments();
        DeploymentWhatIf request = new DeploymentWhatIf().withProperties(new DeploymentWhatIfProperties()
                .withMode(DeploymentMode.INCREMENTAL).withTemplate(asMap(Templates.inference())));

        WhatIfOperationResultInner before = deployments.whatIf("rg-whatif", "preview", request);
        AZURE.arm().deployments().define("real").withExistingResourceGroup("rg-whatif").withTemplate(Templates.inference())
                .withParameters("{}").withMode(DeploymentMode.INCREMENTAL).create();
        WhatIfOperationResultInner after = deployments.whatIf("rg-whatif", "preview", request);

        assertThat(before.changes()).hasSize(7).extracting(WhatIfChange::changeType).containsOnly(ChangeType.CREATE);
        assertThat(after.changes()).hasSize(7).extracting(WhatIfChange::changeType).containsOnly(ChangeType.NO_CHANGE);
    }

    @Test
    void aChangedParameterShowsAsModifyWithItsDelta() throws Exception {
        AZURE.deploy("rg-modify", "first", Templates.inference());
        DeploymentWhatIf request = new DeploymentWhatIf().withProperties(new DeploymentWhatIfProperties()
                .withMode(DeploymentMode.INCREMENTAL).withTemplate(asMap(Templates.inference()))
                .withParameters(Map.of("maximumInstanceCount",
                        new com.azure.resourcemanager.resources.models.DeploymentParameter().withValue(3))));

        WhatIfOperationResultInner result = AZURE.arm().deploymentClient().getDeployments().whatIf("rg-modify", "second", request);

        assertThat(result.changes()).filteredOn(change -> change.changeType() == ChangeType.MODIFY)
                .extracting(change -> change.resourceId().replaceAll(".*/providers/", ""))
                .allSatisfy(id -> assertThat(id).startsWith("Microsoft.App/"))
                .anySatisfy(id -> assertThat(id).startsWith("Microsoft.App/managedEnvironments/"));
        assertThat(result.changes()).filteredOn(change -> change.changeType() == ChangeType.MODIFY)
                .flatExtracting(WhatIfChange::delta).extracting(delta -> delta.path())
                .contains("properties.workloadProfiles");
    }

    @Test
    void anIncrementalDeploymentLeavesOtherResourcesInTheGroupAlone() throws Exception {
        AZURE.arm().resourceGroups().define("rg-incremental").withRegion("swedencentral").create();
        String other = "/subscriptions/" + AZURE.emulator().subscriptionId() + "/resourceGroups/rg-incremental/providers/"
                + "Microsoft.Insights/components/kept";
        assertThat(Raw.put(AZURE.emulator(), other + "?api-version=2020-02-02",
                "{\"location\": \"swedencentral\", \"kind\": \"web\", \"properties\": {\"Application_Type\": \"web\"}}")
                .statusCode()).isEqualTo(201);

        AZURE.arm().deployments().define("inference").withExistingResourceGroup("rg-incremental")
                .withTemplate(Templates.inference()).withParameters("{}").withMode(DeploymentMode.INCREMENTAL).create();

        var kept = Raw.get(AZURE.emulator(), other + "?api-version=2020-02-02");
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(Json.parse(kept.body()).path("properties").path("Application_Type").asText()).isEqualTo("web");
    }

    static DeploymentInner inner(String template) throws Exception {
        return new DeploymentInner().withProperties(new DeploymentProperties().withMode(DeploymentMode.INCREMENTAL)
                .withTemplate(asMap(template)));
    }

    static Map<String, Object> asMap(String json) throws Exception {
        return Json.MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> outputs(Deployment deployment) {
        return (Map<String, Map<String, Object>>) deployment.outputs();
    }
}
