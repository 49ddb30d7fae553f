package dev.infractl.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copy loops, conditions and the order resources are deployed in. */
class ResourcePlanTest {

    @Test
    void copyLoopsExpandWithCopyIndexAndOffset() {
        PreparedDeployment deployment = Templates.prepare("""
            {`parameters`: {`count`: {`type`: `int`, `defaultValue`: 3}},
             `resources`: [{`type`: `Microsoft.Storage/storageAccounts`, `apiVersion`: `2023-05-01`,
                            `name`: `[concat('store', copyIndex(1))]`,
                            `copy`: {`name`: `stores`, `count`: `[parameters('count')]`}}]}""");

        assertThat(Templates.names(deployment)).containsExactly("store1", "store2", "store3");
        assertThat(deployment.resources().get(2).resourceId())
                .isEqualTo(Templates.GROUP + "/providers/Microsoft.Storage/storageAccounts/store3");
        assertThat(deployment.resources()).allSatisfy(r -> assertThat(r.jsonPath()).isEqualTo("$.resources[0]"));
    }

    @Test
    void propertyCopiesInsideResourceCopiesSeeBothIndices() {
        PreparedDeployment deployment = Templates.prepare("""
            {`resources`: [{`type`: `Microsoft.Network/virtualNetworks`, `name`: `[concat('net', copyIndex())]`,
               `copy`: {`name`: `nets`, `count`: 2},
               `properties`: {`copy`: [{`name`: `subnets`, `count`: 2, `input`: {
                   `name`: `[concat('net', copyIndex(), '-sub', copyIndex('subnets'))]`}}]}}]}""");

        JsonNode second = deployment.evaluateResource(deployment.resources().get(1), ResourceState.none());

        assertThat(second.at("/properties/subnets")).isEqualTo(Templates.json(
                "[{`name`: `net1-sub0`}, {`name`: `net1-sub1`}]"));
    }

    @Test
    void aResourceWaitsForEveryCopyOfALoopItNames() {
        PreparedDeployment deployment = Templates.prepare("""
            {`resources`: [
              {`type`: `Microsoft.Web/sites`, `name`: `app`, `dependsOn`: [`stores`]},
              {`type`: `Microsoft.Storage/storageAccounts`, `name`: `[concat('s', copyIndex())]`,
               `copy`: {`name`: `stores`, `count`: 2}}]}""");

        assertThat(Templates.names(deployment)).containsExactly("s0", "s1", "app");
        assertThat(deployment.resources().get(2).dependsOn()).containsExactly(
                Templates.id("Microsoft.Storage/storageAccounts", "s0"),
                Templates.id("Microsoft.Storage/storageAccounts", "s1"));
    }

    @Test
    void serialCopiesWaitForTheBatchBefore() {
        PreparedDeployment deployment = Templates.prepare("""
            {`resources`: [{`type`: `Microsoft.Storage/storageAccounts`, `name`: `[concat('s', copyIndex())]`,
               `copy`: {`name`: `stores`, `count`: 3, `mode`: `serial`, `batchSize`: 1}}]}""");

        assertThat(deployment.resources().get(0).dependsOn()).isEmpty();
        assertThat(deployment.resources().get(2).dependsOn())
                .containsExactly(Templates.id("Microsoft.Storage/storageAccounts", "s1"));
    }

    @Test
    void aFalseConditionIsPlannedAsSkippedAndDropsOutOfDependencies() {
        PreparedDeployment deployment = Templates.prepare("""
            {`parameters`: {`withLogs`: {`type`: `bool`, `defaultValue`: false}},
             `resources`: [
              {`type`: `Microsoft.OperationalInsights/workspaces`, `name`: `logs`, `condition`: `[parameters('withLogs')]`},
              {`type`: `Microsoft.App/managedEnvironments`, `name`: `env`, `dependsOn`: [`logs`]}]}""");

        assertThat(deployment.resources()).extracting(PlannedResource::condition).containsExactly(false, true);
        assertThat(deployment.resources().get(1).dependsOn()).isEmpty();
    }

    @Test
    void ordersByExplicitParentAndReferenceDependenciesKeepingTemplateOrderOtherwise() {
        PreparedDeployment deployment = Templates.prepare("""
            {`resources`: [
              {`type`: `Microsoft.App/containerApps`, `name`: `app`,
               `properties`: {`environmentId`: `[resourceId('Microsoft.App/managedEnvironments', 'env')]`},
               `dependsOn`: [`[resourceId('Microsoft.App/managedEnvironments', 'env')]`]},
              {`type`: `Microsoft.Storage/storageAccounts/fileServices/shares`, `name`: `acct/default/models`},
              {`type`: `Microsoft.App/managedEnvironments`, `name`: `env`,
               `properties`: {`logs`: `[reference('logs').customerId]`}},
              {`type`: `Microsoft.Storage/storageAccounts/fileServices`, `name`: `acct/default`},
              {`type`: `Microsoft.OperationalInsights/workspaces`, `name`: `logs`},
              {`type`: `Microsoft.Storage/storageAccounts`, `name`: `acct`}]}""");

        assertThat(Templates.names(deployment))
                .containsExactly("logs", "env", "app", "acct", "acct/default", "acct/default/models");
        assertThat(deployment.resources().get(1).dependsOn())
                .containsExactly(Templates.id("Microsoft.OperationalInsights/workspaces", "logs"));
        assertThat(deployment.resources().get(5).dependsOn())
                .containsExactly(Templates.id("Microsoft.Storage/storageAccounts/fileServices", "acct/default"));
    }

    @Test
    void aDependencyCycleIsInvalidAndNamesEveryResourceInIt() {
        assertThatThrownBy(() -> Templates.prepare("""
            {`resources`: [
              {`type`: `Microsoft.Web/sites`, `name`: `a`, `dependsOn`: [`b`]},
              {`type`: `Microsoft.Web/sites`, `name`: `b`, `properties`: {`x`: `[reference('c').y]`}},
              {`type`: `Microsoft.Web/sites`, `name`: `c`, `dependsOn`: [`a`]}]}"""))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidTemplate");
                    assertThat(e.getMessage()).contains("Circular dependency detected")
                            .contains("sites/a' -> '").contains("sites/b").contains("sites/c");
                });
    }

    @Test
    void aDependencyOnAnUnknownResourceIsInvalid() {
        assertThatThrownBy(() -> Templates.prepare("""
            {`resources`: [{`type`: `Microsoft.Web/sites`, `name`: `a`, `dependsOn`: [`ghost`]}]}"""))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.getMessage()).contains("The resource 'ghost' at $.resources[0].dependsOn[0] is not defined");
                    assertThat(e.jsonPath()).isEqualTo("$.resources[0].dependsOn[0]");
                });
    }

    @Test
    void anUnknownFunctionFailsPreparationEvenInAResourceThatIsSkipped() {
        assertThatThrownBy(() -> Templates.prepare("""
            {`resources`: [
              {`type`: `Microsoft.Web/sites`, `name`: `a`},
              {`type`: `Microsoft.Web/sites`, `name`: `b`},
              {`type`: `Microsoft.Web/sites`, `name`: `c`, `condition`: false, `properties`: {`x`: `[foo(1)]`}}]}"""))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo("$.resources[2].properties.x");
                    assertThat(e.getMessage()).contains("The template function 'foo' is not valid")
                            .contains("$.resources[2].properties.x");
                });
    }

    @Test
    void nestedChildResourcesGetFullTypesAndNamesAndWaitForTheirParent() {
        PreparedDeployment deployment = Templates.prepare("""
            {`resources`: [{`type`: `Microsoft.Storage/storageAccounts`, `name`: `acct`,
              `resources`: [{`type`: `fileServices`, `name`: `default`}]}]}""");

        PlannedResource child = deployment.resources().get(1);
        assertThat(child.type()).isEqualTo("Microsoft.Storage/storageAccounts/fileServices");
        assertThat(child.name()).isEqualTo("acct/default");
        assertThat(child.jsonPath()).isEqualTo("$.resources[0].resources[0]");
        assertThat(child.dependsOn()).containsExactly(Templates.id("Microsoft.Storage/storageAccounts", "acct"));
    }

    @Test
    void symbolicNameTemplatesDependOnSymbolsAndLeaveExistingResourcesOut() {
        PreparedDeployment deployment = Templates.prepare("""
            {`languageVersion`: `2.0`, `resources`: {
              `app`: {`type`: `Microsoft.App/containerApps`, `name`: `app`, `dependsOn`: [`env`]},
              `env`: {`type`: `Microsoft.App/managedEnvironments`, `name`: `env`,
                      `properties`: {`key`: `[listKeys('vault', '2023-01-01').key1]`}},
              `vault`: {`type`: `Microsoft.Storage/storageAccounts`, `name`: `shared`, `existing`: true}}}""");

        assertThat(Templates.names(deployment)).containsExactly("env", "app");
        assertThat(deployment.resources().get(0).dependsOn()).isEmpty();
        assertThat(deployment.resources().get(1).dependsOn())
                .isEqualTo(List.of(Templates.id("Microsoft.App/managedEnvironments", "env")));
    }

    @Test
    void extensionAndCrossGroupResourcesGetTheIdsOfWhereTheyLive() {
        PreparedDeployment deployment = Templates.prepare("""
            {`resources`: [
              {`type`: `Microsoft.Storage/storageAccounts`, `name`: `acct`},
              {`type`: `Microsoft.Authorization/roleAssignments`, `name`: `[guid('acct', 'reader')]`,
               `scope`: `[resourceId('Microsoft.Storage/storageAccounts', 'acct')]`},
              {`type`: `Microsoft.Resources/deployments`, `name`: `shared`, `resourceGroup`: `shared-rg`}]}""");

        assertThat(deployment.resources().get(1).resourceId()).isEqualTo(
                Templates.id("Microsoft.Storage/storageAccounts", "acct")
                        + "/providers/Microsoft.Authorization/roleAssignments/" + Guid.of("acct", "reader"));
        assertThat(deployment.resources().get(1).dependsOn())
                .containsExactly(Templates.id("Microsoft.Storage/storageAccounts", "acct"));
        assertThat(deployment.resources().get(2).resourceId()).isEqualTo("/subscriptions/" + Templates.SCOPE.subscriptionId()
                + "/resourceGroups/shared-rg/providers/Microsoft.Resources/deployments/shared");
    }

    @Test
    void aScopeWrittenRelativeToTheGroupAsBicepDoesNamesTheResourceInTheDeploymentsGroup() {
        PreparedDeployment deployment = Templates.prepare("""
            {`resources`: [
              {`type`: `Microsoft.Authorization/locks`, `name`: `no-delete`,
               `scope`: `[format('Microsoft.Storage/storageAccounts/{0}/fileServices/{1}', 'existing', 'default')]`}]}""");

        assertThat(deployment.resources().get(0).resourceId()).isEqualTo(
                Templates.id("Microsoft.Storage/storageAccounts/fileServices", "existing/default")
                        + "/providers/Microsoft.Authorization/locks/no-delete");
    }

    @Test
    void dependsOnMayNameAChildDeclaredInsideItsParentByItsShortName() {
        PreparedDeployment deployment = Templates.prepare("""
            {`resources`: [
              {`type`: `Microsoft.Web/sites`, `name`: `after-config`, `dependsOn`: [`web`]},
              {`type`: `Microsoft.Web/sites`, `name`: `app`,
               `resources`: [{`type`: `config`, `name`: `web`, `dependsOn`: [`app`]}]}]}""");

        assertThat(Templates.names(deployment)).containsExactly("app", "app/web", "after-config");
        assertThat(deployment.resources().get(2).dependsOn())
                .containsExactly(Templates.id("Microsoft.Web/sites/config", "app/web"));
    }

    @Test
    void twoDeployedResourcesWithTheSameIdAreInvalid() {
        assertThatThrownBy(() -> Templates.prepare("""
            {`resources`: [{`type`: `Microsoft.Web/sites`, `name`: `a`}, {`type`: `Microsoft.Web/sites`, `name`: `A`}]}"""))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("is defined multiple times");
    }
}
