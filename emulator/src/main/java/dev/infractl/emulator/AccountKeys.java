package dev.infractl.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Storage and workspace keys: 64 random-looking bytes in base64, as Azure's are, derived from the state
 * folder's seed and the resource id so that they stay the same across restarts without being written down.
 */
final class AccountKeys {

    private final String seed;

    AccountKeys(String seed) {
        this.seed = seed;
    }

    String key(String resourceId, String keyName) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-512");
            byte[] bytes = sha.digest((seed + "|" + StateStore.normal(resourceId) + "|" + keyName)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is always available", e);
        }
    }
}
