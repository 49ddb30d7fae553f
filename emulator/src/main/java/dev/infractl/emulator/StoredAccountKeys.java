package dev.infractl.emulator;

import java.util.Optional;

/** The keys of the storage accounts in the emulator's state, by account name, for the Files data plane. */
final class StoredAccountKeys implements StorageAccountKeys {

    private final StateStore store;
    private final AccountKeys keys;

    StoredAccountKeys(StateStore store, AccountKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    @Override
    public Optional<String> primaryKey(String account) {
        return store.list(StateStore.RESOURCES, "").stream()
                .filter(resource -> resource.path("type").asText().equalsIgnoreCase("Microsoft.Storage/storageAccounts")
                        && resource.path("name").asText().equalsIgnoreCase(account))
                .findFirst()
                .map(resource -> keys.key(resource.path("id").asText(), "key1"));
    }
}
