package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.util.polling.LongRunningOperationStatus;
import com.azure.resourcemanager.resources.fluent.models.DeploymentInner;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.DeploymentParameter;
import com.azure.resourcemanager.resources.models.DeploymentProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FailingDeploymentTest {

    @RegisterExtension
    static final EmulatedArm AZURE = EmulatedArm.withFaults("""
                {"quotas": {"SubscriptionNCA100Gpus": 0},
                 "resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "stbroken",
                                "error": {"code": "StorageAccountAlreadyTaken",
                                          "message": "The storage account named stbroken is already taken.",
                                          "details": [{"code": "Inner", "message": "inner detail"}]}}]}
                """);

    JsonNode deployAndWait(String group, Map<String, String> values) throws Exception {
        Map<String, DeploymentParameter> parameters = new HashMap<>();
        values.forEach((name, value) -> parameters.put(name, new DeploymentParameter().withValue(value)));
        AZURE.arm().resourceGroups().define(group).withRegion("swedencentral").create();
        DeploymentInner request = new DeploymentInner().withProperties(new DeploymentProperties()
                .withMode(DeploymentMode.INCREMENTAL).withTemplate(DeploymentTest.asMap(Templates.inference()))
                .withParameters(parameters));
        var poller = AZURE.arm().deploymentClient().getDeployments().beginCreateOrUpdate(group, "inference", request);
        assertThat(poller.waitForCompletion().getStatus()).isEqualTo(LongRunningOperationStatus.FAILED);
        return Json.parse(Raw.get(AZURE.emulator(), "/subscriptions/" + AZURE.emulator().subscriptionId() + "/resourceGroups/" + group
                + "/providers/Microsoft.Resources/deployments/inference?api-version=2024-03-01").body());
    }

    JsonNode operations(String group) {
        return Json.parse(Raw.get(AZURE.emulator(), "/subscriptions/" + AZURE.emulator().subscriptionId() + "/resourceGroups/" + group
                + "/providers/Microsoft.Resources/deployments/inference/operations?api-version=2024-03-01").body())
                .path("value");
    }

    @Test
    void aGpuProfileBeyondTheQuotaFailsTheEnvironmentWithANestedQuotaError() throws Exception {
        JsonNode deployment = deployAndWait("rg-quota", Map.of());

        JsonNode error = deployment.path("properties").path("error");
        assertThat(deployment.path("properties").path("provisioningState").asText()).isEqualTo("Failed");
        assertThat(error.path("code").asText()).isEqualTo("DeploymentFailed");
        JsonNode resourceFailure = error.path("details").get(0);
        assertThat(resourceFailure.path("code").asText()).isEqualTo("ResourceDeploymentFailure");
        assertThat(resourceFailure.path("target").asText()).contains("Microsoft.App/managedEnvironments/");
        JsonNode quota = resourceFailure.path("details").get(0);
        assertThat(quota.path("code").asText()).isEqualTo("MaxRegionalQuotaExceeded");
        assertThat(quota.path("details").get(0).path("code").asText()).isEqualTo("SubscriptionNCA100Gpus");
    }

    @Test
    void theFailedOperationCarriesTheErrorAndDependentsNeverStart() throws Exception {
        deployAndWait("rg-quota-ops", Map.of());

        JsonNode operations = operations("rg-quota-ops");
        assertThat(operations).anySatisfy(operation -> {
            JsonNode properties = operation.path("properties");
            assertThat(properties.path("targetResource").path("resourceType").asText())
                    .isEqualTo("Microsoft.App/managedEnvironments");
            assertThat(properties.path("provisioningState").asText()).isEqualTo("Failed");
            assertThat(properties.path("statusMessage").path("error").path("code").asText())
                    .isEqualTo("MaxRegionalQuotaExceeded");
        });
        assertThat(operations).noneSatisfy(operation -> assertThat(operation.path("properties").path("targetResource")
                .path("resourceType").asText()).isEqualTo("Microsoft.App/containerApps"));
    }

    @Test
    void aResourceFaultFailsThatResourceWithItsNestedError() throws Exception {
        JsonNode deployment = deployAndWait("rg-storage-fault", Map.of(
                "storageAccountName", "stbroken", "gpuProfile", "Consumption-GPU-NC8as-T4"));

        JsonNode failure = deployment.path("properties").path("error").path("details").get(0).path("details").get(0);
        assertThat(failure.path("code").asText()).isEqualTo("StorageAccountAlreadyTaken");
        assertThat(failure.path("details").get(0).path("message").asText()).isEqualTo("inner detail");
    }

    @Test
    void aReferenceToAResourceThatDoesNotExistPassesValidateAndFailsTheDeploymentWhileItRuns() throws Exception {
        String group = "rg-missing-reference";
        AZURE.arm().resourceGroups().define(group).withRegion("swedencentral").create();
        String template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [{"type": "Microsoft.OperationalInsights/workspaces", "apiVersion": "2022-10-01",
                   "name": "log-reads", "location": "swedencentral", "properties": {"retentionInDays":
                   "[reference(resourceId('Microsoft.OperationalInsights/workspaces', 'log-never-made'), '2022-10-01').retentionInDays]"}}]}""";
        String deployments = "/subscriptions/" + AZURE.emulator().subscriptionId() + "/resourceGroups/" + group
                + "/providers/Microsoft.Resources/deployments/reads-missing";
        String request = "{\"properties\": {\"mode\": \"Incremental\", \"template\": " + template + "}}";

        var validated = Raw.post(AZURE.emulator(), deployments + "/validate?api-version=2021-04-01", request);
        assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);

        var poller = AZURE.arm().deploymentClient().getDeployments().beginCreateOrUpdate(group, "reads-missing",
                DeploymentTest.inner(template));
        assertThat(poller.waitForCompletion().getStatus()).isEqualTo(LongRunningOperationStatus.FAILED);
        String error = Json.text(Json.parse(Raw.get(AZURE.emulator(), deployments + "?api-version=2021-04-01").body())
                .path("properties").path("error"));
        assertThat(error).contains("ResourceNotFound", "log-never-made");
    }

    @Test
    void usagesReportTheConfiguredLimitAndGpuTypesDependOnTheRegion() {
        JsonNode usages = Json.parse(Raw.get(AZURE.emulator(), "/subscriptions/" + AZURE.emulator().subscriptionId()
                + "/providers/Microsoft.App/locations/swedencentral/usages?api-version=2024-03-01").body());
        JsonNode sweden = Json.parse(Raw.get(AZURE.emulator(), "/subscriptions/" + AZURE.emulator().subscriptionId()
                + "/providers/Microsoft.App/locations/swedencentral/availableManagedEnvironmentsWorkloadProfileTypes"
                + "?api-version=2024-03-01").body());
        JsonNode westEurope = Json.parse(Raw.get(AZURE.emulator(), "/subscriptions/" + AZURE.emulator().subscriptionId()
                + "/providers/Microsoft.App/locations/westeurope/availableManagedEnvironmentsWorkloadProfileTypes"
                + "?api-version=2024-03-01").body());

        assertThat(usages.path("value")).anySatisfy(usage -> {
            assertThat(usage.path("name").path("value").asText()).isEqualTo("SubscriptionNCA100Gpus");
            assertThat(usage.path("limit").asLong()).isZero();
        });
        assertThat(sweden.path("value")).anySatisfy(type -> assertThat(type.path("name").asText()).isEqualTo("NC24-A100"));
        assertThat(westEurope.path("value")).isNotEmpty()
                .noneSatisfy(type -> assertThat(type.path("properties").path("gpus").asInt()).isPositive());
    }
}
