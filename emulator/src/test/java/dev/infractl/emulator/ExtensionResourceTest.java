package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.resources.models.Deployment;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Extension resources (role assignments, locks) whose scope is written relative to the group, as Bicep does. */
class ExtensionResourceTest {

    private static final String TEMPLATE = """
            {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
             "contentVersion": "1.0.0.0",
             "parameters": {"name": {"type": "string", "defaultValue": "stscoped"}},
             "resources": [
               {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-05-01", "name": "[parameters('name')]",
                "location": "[resourceGroup().location]", "sku": {"name": "Standard_LRS"}, "kind": "StorageV2"},
               {"type": "Microsoft.Authorization/roleAssignments", "apiVersion": "2022-04-01",
                "scope": "[format('Microsoft.Storage/storageAccounts/{0}', parameters('name'))]",
                "name": "[guid(resourceId('Microsoft.Storage/storageAccounts', parameters('name')), 'reader')]",
                "properties": {"principalId": "00000000-0000-0000-0000-00000000beef", "principalType": "ServicePrincipal",
                  "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')]"},
                "dependsOn": ["[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]"]}],
             "outputs": {"assignmentId": {"type": "string", "value":
               "[extensionResourceId(resourceId('Microsoft.Storage/storageAccounts', parameters('name')), 'Microsoft.Authorization/roleAssignments', guid(resourceId('Microsoft.Storage/storageAccounts', parameters('name')), 'reader'))]"}}}
            """;

    @RegisterExtension
    static final EmulatedArm AZURE = EmulatedArm.started();

    @Test
    void aRoleAssignmentScopedToAnAccountDeploysAndIsReadableAtItsExtensionId() throws Exception {
        AZURE.arm().resourceGroups().define("rg-scoped").withRegion("swedencentral").create();
        Deployment deployment = AZURE.arm().deployments().define("main").withExistingResourceGroup("rg-scoped")
                .withTemplate(TEMPLATE).withParameters("{}").withMode(DeploymentMode.INCREMENTAL).create();
        String assignmentId = (String) DeploymentTest.outputs(deployment).get("assignmentId").get("value");

        HttpResponse<String> response = Raw.get(AZURE.emulator(), assignmentId + "?api-version=2022-04-01");

        assertThat(deployment.provisioningState()).isEqualTo("Succeeded");
        assertThat(assignmentId).startsWith("/subscriptions/" + AZURE.emulator().subscriptionId() + "/resourceGroups/rg-scoped/"
                + "providers/Microsoft.Storage/storageAccounts/stscoped/providers/Microsoft.Authorization/roleAssignments/");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode assignment = Json.parse(response.body());
        assertThat(assignment.path("id").asText()).isEqualTo(assignmentId);
        assertThat(assignment.path("type").asText()).isEqualTo("Microsoft.Authorization/roleAssignments");
        assertThat(assignment.path("name").asText()).isEqualTo(assignmentId.substring(assignmentId.lastIndexOf('/') + 1));
        assertThat(assignment.path("properties").path("principalId").asText()).endsWith("beef");
        assertThat(deployment.deploymentOperations().list().stream().map(op -> op.targetResource().id()))
                .contains(assignmentId);
    }
}
