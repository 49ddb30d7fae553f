package dev.infractl.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @Test
    void wildcardsMatchAnyRunOfCharactersIgnoringCase() {
        Permission contributor = new Permission(List.of("*"), List.of("Microsoft.Authorization/*/Write"));

        assertThat(contributor.allows("Microsoft.App/containerApps/write")).isTrue();
        assertThat(contributor.allows("microsoft.authorization/roleAssignments/write")).isFalse();
    }

    @Test
    void aReaderMayReadOnlyAndANotActionNarrowsOnlyItsOwnEntry() {
        Permission reader = new Permission(List.of("*/read"), List.of());
        Permission storage = new Permission(List.of("Microsoft.Storage/*"), List.of("Microsoft.Storage/*/delete"));

        assertThat(reader.allows("Microsoft.Storage/storageAccounts/read")).isTrue();
        assertThat(reader.allows("Microsoft.Storage/storageAccounts/write")).isFalse();
        assertThat(Permission.anyAllows(List.of(reader, storage), "Microsoft.Storage/storageAccounts/listKeys/action"))
                .isTrue();
        assertThat(Permission.anyAllows(List.of(reader, storage), "Microsoft.Storage/storageAccounts/delete")).isFalse();
        assertThat(Permission.anyAllows(List.of(reader, new Permission(List.of("*"), List.of())),
                "Microsoft.Storage/storageAccounts/delete")).as("another role grants it").isTrue();
    }
}
