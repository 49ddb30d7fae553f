package dev.infractl.app;

import java.time.Duration;
import java.util.List;

/** What {@code down} does, resource by resource, for renderers. */
public sealed interface TeardownEvent {

    record Planned(List<GroupResource> removals, List<Kept> kept) implements TeardownEvent {
    }

    /** A resource that stays, and why (shared with fine-tuning, holds the model, not asked for). */
    record Kept(GroupResource resource, String reason) implements TeardownEvent {
    }

    record Deleting(GroupResource resource) implements TeardownEvent {
    }

    /** Still being deleted after {@code elapsed}. */
    record StillDeleting(GroupResource resource, Duration elapsed) implements TeardownEvent {
    }

    record Deleted(GroupResource resource, Duration elapsed) implements TeardownEvent {
    }

    /** With --no-wait: asked for, not waited for. */
    record Requested(GroupResource resource) implements TeardownEvent {
    }

    record Finished(Status status, List<GroupResource> deleted, Duration elapsed) implements TeardownEvent {
    }

    enum Status { SUCCEEDED, REQUESTED, CANCELLED, TIMED_OUT, INTERRUPTED, NOTHING_TO_DO }
}
