package dev.infractl.azure;

import java.net.URI;

/**
 * How to reach a storage account's file service: its file endpoint and an account key. The key signs
 * requests and is never printed; {@link #toString()} leaves it out.
 */
public record StorageAccess(String account, URI fileEndpoint, String key) {

    @Override
    public String toString() {
        return "StorageAccess[account=" + account + ", fileEndpoint=" + fileEndpoint + ", key=(redacted)]";
    }
}
