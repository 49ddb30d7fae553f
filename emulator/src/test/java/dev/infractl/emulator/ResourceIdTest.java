package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResourceIdTest {

    @Test
    void aChildResourceIdSplitsIntoArmsTypeAndName() {
        ResourceId id = ResourceId.parse("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/"
                + "acct/fileServices/default/shares/data");

        assertThat(id.type()).isEqualTo("Microsoft.Storage/storageAccounts/fileServices/shares");
        assertThat(id.name()).isEqualTo("acct/default/data");
        assertThat(id.leafName()).isEqualTo("data");
        assertThat(id.resourceGroup()).isEqualTo("rg");
    }

    @Test
    void aTypeWithoutANameIsAnInvalidResourceId() {
        assertThatThrownBy(() -> ResourceId.parse("/subscriptions/s/resourceGroups/rg/providers/Microsoft.App/containerApps"))
                .isInstanceOfSatisfying(ArmFailure.class, e -> assertThat(e.error().code()).isEqualTo("InvalidResourceId"));
    }

    @Test
    void anExtensionResourceIsTypedByWhatFollowsItsLastProviders() {
        ResourceId id = ResourceId.parse("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/"
                + "acct/providers/Microsoft.Authorization/roleAssignments/0b1c");

        assertThat(id.type()).isEqualTo("Microsoft.Authorization/roleAssignments");
        assertThat(id.name()).isEqualTo("0b1c");
        assertThat(id.resourceGroup()).isEqualTo("rg");
    }
}
