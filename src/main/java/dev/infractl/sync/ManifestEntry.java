package dev.infractl.sync;

import java.time.Instant;

/** What the manifest on the share remembers about one file infractl uploaded. */
public record ManifestEntry(long size, String md5, Instant uploadedAt) {

    boolean describes(LocalFile file) {
        return size == file.size() && md5.equals(file.md5());
    }
}
