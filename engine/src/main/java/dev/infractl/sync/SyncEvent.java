package dev.infractl.sync;

import java.util.List;

/** Progress of a sync, for renderers. The engine emits these from several threads, one at a time. */
public sealed interface SyncEvent {

    /** The comparison with the manifest is done; {@code dryRun} means nothing more will happen. */
    record Planned(List<LocalFile> uploads, List<String> deletes, int unchanged, boolean dryRun) implements SyncEvent {
        public long bytesToUpload() {
            return uploads.stream().mapToLong(LocalFile::size).sum();
        }
    }

    record Uploaded(String path, long bytes) implements SyncEvent {
    }

    record Deleted(String path) implements SyncEvent {
    }

    /** A local path left out on purpose, such as a model folder the share keeps for the app. */
    record Skipped(String path, String reason) implements SyncEvent {
    }

    record Failed(String path, String message) implements SyncEvent {
    }

    /** Something surprising that does not stop the sync, such as a damaged manifest. */
    record Warning(String path, String message) implements SyncEvent {
    }

    /** The sync stopped on a failure after sending {@code requests} HTTP requests to the share. */
    record Stopped(long requests) implements SyncEvent {
    }
}
