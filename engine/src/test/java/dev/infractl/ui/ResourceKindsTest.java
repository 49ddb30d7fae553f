package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceKindsTest {

    @ParameterizedTest
    @CsvSource({
        "Microsoft.Storage/storageAccounts, storage account",
        "Microsoft.Storage/storageAccounts/fileServices, file service",
        "Microsoft.Storage/storageAccounts/fileServices/shares, file share",
        "Microsoft.OperationalInsights/workspaces, Log Analytics workspace",
        "Microsoft.App/managedEnvironments, Container Apps environment",
        "microsoft.app/managedenvironments/storages, environment storage",
        "Microsoft.App/containerApps, container app",
        "Microsoft.Web/sites, Microsoft.Web/sites",
    })
    void everyTypeOfTheTemplateHasAFriendlyKind(String type, String kind) {
        assertThat(ResourceKinds.friendly(type)).isEqualTo(kind);
    }
}
