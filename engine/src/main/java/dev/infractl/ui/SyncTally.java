package dev.infractl.ui;

import dev.infractl.sync.SyncEvent;

/** Counts from the events, for the last line of a sync that failed before it could report its summary. */
final class SyncTally {

    private int planned;
    private long plannedBytes;
    private int uploaded;
    private int deleted;
    private int unchanged;
    private long bytes;
    private long requests;

    void count(SyncEvent event) {
        if (event instanceof SyncEvent.Planned plan) {
            planned = plan.uploads().size();
            plannedBytes = plan.bytesToUpload();
            unchanged = plan.unchanged();
        } else if (event instanceof SyncEvent.Uploaded file) {
            uploaded++;
            bytes += file.bytes();
        } else if (event instanceof SyncEvent.Deleted) {
            deleted++;
        } else if (event instanceof SyncEvent.Stopped stopped) {
            requests = stopped.requests();
        }
    }

    int planned() {
        return planned;
    }

    long plannedBytes() {
        return plannedBytes;
    }

    int uploaded() {
        return uploaded;
    }

    int deleted() {
        return deleted;
    }

    int unchanged() {
        return unchanged;
    }

    long bytes() {
        return bytes;
    }

    /** Requests the sync sent before it stopped on a failure (0 until then). */
    long requests() {
        return requests;
    }
}
