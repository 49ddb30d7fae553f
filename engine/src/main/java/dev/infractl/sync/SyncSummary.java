package dev.infractl.sync;

import java.time.Duration;

/**
 * What a sync did (or, with --dry-run, would do); {@code requests} counts real HTTP requests and
 * {@code elapsed} runs from the local scan to the manifest write.
 */
public record SyncSummary(int uploaded, int deleted, int unchanged, long bytesUploaded, long requests, boolean dryRun,
                          Duration elapsed) {
}
