package dev.infractl.emulator;

import java.util.Optional;

/** The account keys the emulator's storage accounts have, for the Files listener's SharedKey checks. */
public interface StorageAccountKeys {
    Optional<String> primaryKey(String account);
}
