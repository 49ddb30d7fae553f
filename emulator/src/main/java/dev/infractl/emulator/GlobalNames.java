package dev.infractl.emulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names that are global across Azure, not per group: a storage account's or a key vault's name is its DNS name,
 * so it is taken once it exists anywhere in the emulator (any group) or is listed as taken elsewhere in Azure
 * (the faults file's {@code takenStorageNames}).
 */
final class GlobalNames {

    static final String STORAGE = "Microsoft.Storage/storageAccounts";
    static final String VAULT = "Microsoft.KeyVault/vaults";

    private final StateStore store;
    private final AccountSettings settings;

    GlobalNames(StateStore store, AccountSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Whether a resource of this type and name exists with another id, or is taken outside the emulator. */
    boolean taken(String type, String name, String exceptId) {
        if (type.equalsIgnoreCase(STORAGE) && settings.takenStorageNames().contains(name.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return store.list(StateStore.RESOURCES, "").stream().anyMatch(resource ->
                resource.path("type").asText().equalsIgnoreCase(type)
                        && resource.path("name").asText().equalsIgnoreCase(name)
                        && !resource.path("id").asText().equalsIgnoreCase(exceptId));
    }

    /** Azure's 409 for a PUT of a global name someone else holds; empty for other types or free names. */
    Optional<ArmFailure> refusal(String type, String name, String id) {
        boolean global = type.equalsIgnoreCase(STORAGE) || type.equalsIgnoreCase(VAULT);
        if (!global || !taken(type, name, id)) {
            return Optional.empty();
        }
        ArmError error = type.equalsIgnoreCase(STORAGE)
                ? new ArmError("StorageAccountAlreadyTaken", "The storage account named " + name + " is already taken.",
                        name, List.of())
                : ArmError.of("VaultAlreadyExists", "The vault name '" + name + "' is already in use. Vault names are"
                        + " globally unique so it is possible that the name is already taken.");
        return Optional.of(new ArmFailure(409, error));
    }
}
