package dev.infractl.emulator;

import java.util.Optional;

/** The keys of the emulator's storage accounts, for the Files data plane's SharedKey check. */
public interface StorageAccountKeys {

    /** The base64 key1 of an account the emulator holds, or empty when there is no such account. */
    Optional<String> primaryKey(String account);
}
