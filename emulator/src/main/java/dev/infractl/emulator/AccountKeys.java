package dev.infractl.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * Storage and workspace keys: 64 random-looking bytes in base64, as Azure's are, derived from the state
 * folder's secret and the resource id so that they stay the same across restarts without being written down.
 * Regenerating a key writes only how many times it was regenerated (and when): the key derives from that count too.
 */
final class AccountKeys {

    /** By resource id: {@code {"key1": {"generation": 2, "created": "..."}}}; no key material. */
    static final String GENERATIONS = "keyGenerations";

    private final StateStore store;
    private final Clock clock;

    AccountKeys(StateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    String key(String resourceId, String keyName) {
        int generation = store.get(GENERATIONS, resourceId).map(entry -> entry.path(keyName).path("generation").asInt(0))
                .orElse(0);
        // generation 0 keeps the derivation keys had before they could be regenerated, so existing keys stay
        return derive(StateStore.normal(resourceId) + "|" + keyName + (generation == 0 ? "" : "#" + generation));
    }

    /** When the key was last regenerated; empty while it is the one the resource was created with. */
    Optional<String> regeneratedAt(String resourceId, String keyName) {
        return store.get(GENERATIONS, resourceId).map(entry -> entry.path(keyName).path("created").asText(""))
                .filter(created -> !created.isEmpty());
    }

    /** A new value for one key of a resource; its other keys stay as they are. */
    void regenerate(String resourceId, String keyName) {
        var entry = store.get(GENERATIONS, resourceId).orElseGet(Json::object);
        int generation = entry.path(keyName).path("generation").asInt(0) + 1;
        entry.putObject(keyName).put("generation", generation).put("created", clock.instant().toString());
        store.put(GENERATIONS, resourceId, entry);
    }

    private String derive(String what) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-512");
            byte[] bytes = sha.digest((store.secret() + "|" + what).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is always available", e);
        }
    }
}
