package dev.infractl.sync;

/** What a sync did (or, with --dry-run, would do); {@code requests} counts real HTTP requests. */
public record SyncSummary(int uploaded, int deleted, int unchanged, long bytesUploaded, long requests, boolean dryRun) {
}
