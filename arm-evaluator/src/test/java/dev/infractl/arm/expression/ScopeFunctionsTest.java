package dev.infractl.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.arm.UniqueString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Examples from Microsoft's "Deployment functions" and "Resource functions for ARM templates" pages, in the
 * scope of {@link Evaluate#SCOPE}: subscription 00000000-0000-0000-0000-000000000001, group demo-rg.
 */
class ScopeFunctionsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        [resourceGroup().id]                 | "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/demo-rg"
        [resourceGroup().name]               | "demo-rg"
        [resourceGroup().location]           | "eastus"
        [resourceGroup().type]               | "Microsoft.Resources/resourceGroups"
        [resourceGroup().properties.provisioningState] | "Succeeded"
        [subscription().id]                  | "/subscriptions/00000000-0000-0000-0000-000000000001"
        [subscription().subscriptionId]      | "00000000-0000-0000-0000-000000000001"
        [subscription().tenantId]            | "72f988bf-86f1-41af-91ab-2d7cd011db47"
        [tenant().tenantId]                  | "72f988bf-86f1-41af-91ab-2d7cd011db47"
        [deployment().name]                  | "inference-20261125-120000"
        [deployment().properties.template.contentVersion] | "1.0.0.0"
        [environment().suffixes.storage]     | "core.windows.net"
        [resourceId('Microsoft.Network/virtualNetworks/subnets', 'myVnet', 'mySubnet')] | "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/demo-rg/providers/Microsoft.Network/virtualNetworks/myVnet/subnets/mySubnet"
        [resourceId('Microsoft.Storage/storageAccounts', 'examplestorage')] | "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/demo-rg/providers/Microsoft.Storage/storageAccounts/examplestorage"
        [resourceId('otherResourceGroup', 'Microsoft.Storage/storageAccounts', 'examplestorage')] | "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/otherResourceGroup/providers/Microsoft.Storage/storageAccounts/examplestorage"
        [resourceId('11111111-1111-1111-1111-111111111111', 'otherResourceGroup', 'Microsoft.Storage/storageAccounts', 'examplestorage')] | "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/otherResourceGroup/providers/Microsoft.Storage/storageAccounts/examplestorage"
        [resourceId('Microsoft.Storage/storageAccounts/fileServices/shares', 'acct', 'default', 'models')] | "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/demo-rg/providers/Microsoft.Storage/storageAccounts/acct/fileServices/default/shares/models"
        [subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b24988ac-6180-42a0-ab88-20f7382dd24c')] | "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"
        [tenantResourceId('Microsoft.Management/managementGroups', 'mg1')] | "/providers/Microsoft.Management/managementGroups/mg1"
        [extensionResourceId('/subscriptions/s/resourceGroups/g', 'Microsoft.Authorization/locks', 'lock1')] | "/subscriptions/s/resourceGroups/g/providers/Microsoft.Authorization/locks/lock1"
        """)
    void evaluatesInTheDeploymentScope(String expression, String expected) {
        assertThat(Evaluate.expression(expression)).isEqualTo(Evaluate.json(expected));
    }

    @Test
    void readsParametersThroughTheirDefaults() {
        String declarations = """
            {"count": {"type": "int", "defaultValue": 3},
             "prefix": {"type": "string", "defaultValue": "st"},
             "name": {"type": "string", "defaultValue": "[concat(parameters('prefix'), uniqueString(resourceGroup().id))]"}}""";
        assertThat(Evaluate.expression("[parameters('count')]", declarations).asInt()).isEqualTo(3);
        assertThat(Evaluate.expression("[parameters('name')]", declarations).asText())
                .isEqualTo("st" + UniqueString.of(Evaluate.SCOPE.resourceGroupId()));
    }
}
