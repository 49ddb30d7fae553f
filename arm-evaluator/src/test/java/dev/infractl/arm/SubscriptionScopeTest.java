package dev.infractl.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A template deployed at subscription scope (schema subscriptionDeploymentTemplate.json), as Bicep compiles a main
 * file with {@code targetScope = 'subscription'}: resource groups, modules into them, and the scope functions.
 */
class SubscriptionScopeTest {

    private static final String SUB = "00000000-0000-0000-0000-000000000001";
    private static final DeploymentScope SCOPE = DeploymentScope.subscription("72f988bf-86f1-41af-91ab-2d7cd011db47",
            SUB, "swedencentral", "main");

    private static PreparedDeployment prepare(String template) {
        return TemplateEvaluator.prepare(Templates.json(template), Templates.json("{}"), SCOPE);
    }

    @Test
    void aResourceGroupHasTheSubscriptionLevelIdAndAModuleInItWaitsForIt() {
        PreparedDeployment deployment = prepare("""
            {`$schema`: `https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#`,
             `resources`: [
               {`type`: `Microsoft.Resources/deployments`, `apiVersion`: `2022-09-01`, `name`: `storage`,
                `resourceGroup`: `rg-app`,
                `dependsOn`: [`[subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg-app')]`],
                `properties`: {`mode`: `Incremental`, `expressionEvaluationOptions`: {`scope`: `inner`},
                               `template`: {`resources`: []}}},
               {`type`: `Microsoft.Resources/resourceGroups`, `apiVersion`: `2022-09-01`, `name`: `rg-app`,
                `location`: `[deployment().location]`}]}""");

        assertThat(deployment.resources()).extracting(PlannedResource::resourceId).containsExactly(
                "/subscriptions/" + SUB + "/resourceGroups/rg-app",
                "/subscriptions/" + SUB + "/resourceGroups/rg-app/providers/Microsoft.Resources/deployments/storage");
        assertThat(deployment.evaluateResource(deployment.resources().get(0), ResourceState.none()).path("location")
                .asText()).isEqualTo("swedencentral");
    }

    @Test
    void resourceIdWithoutAGroupAndResourcesWithoutOneAreSubscriptionLevel() {
        PreparedDeployment deployment = prepare("""
            {`resources`: [{`type`: `Microsoft.Authorization/policyAssignments`, `apiVersion`: `2022-06-01`,
                            `name`: `audit`, `properties`: {`id`: `[resourceId('Microsoft.Authorization/policyAssignments', 'audit')]`,
                                                        `sub`: `[subscription().id]`}}]}""");

        String expected = "/subscriptions/" + SUB + "/providers/Microsoft.Authorization/policyAssignments/audit";
        assertThat(deployment.resources().get(0).resourceId()).isEqualTo(expected);
        assertThat(deployment.evaluateResource(deployment.resources().get(0), ResourceState.none()).at("/properties/id")
                .asText()).isEqualTo(expected);
    }

    @Test
    void resourceGroupIsAnErrorAtSubscriptionScope() {
        assertThatThrownBy(() -> prepare("""
            {`variables`: {`where`: `[resourceGroup().location]`},
             `resources`: [], `outputs`: {`where`: {`type`: `string`, `value`: `[variables('where')]`}}}"""))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("'RESOURCEGROUP' is not expected at this location");
    }
}
