package dev.infractl.sync;

import java.time.Instant;

/**
 * What the manifest on the share remembers about one file infractl uploaded. {@code pending} marks a file
 * a run set out to change and had not confirmed yet: the share may hold the old or the new version, so the
 * next run asks the share instead of trusting the entry.
 */
public record ManifestEntry(long size, String md5, Instant uploadedAt, boolean pending) {

    public ManifestEntry(long size, String md5, Instant uploadedAt) {
        this(size, md5, uploadedAt, false);
    }

    boolean describes(LocalFile file) {
        return !pending && size == file.size() && md5.equals(file.md5());
    }

    ManifestEntry markedPending() {
        return new ManifestEntry(size, md5, uploadedAt, true);
    }
}
