package dev.infractl.app;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** What happens while the app restarts and comes up, for renderers. */
public sealed interface AppEvent {

    /**
     * About to restart although the sync changed nothing: the restart is how a model re-trained on the share is
     * reloaded, and it costs a GPU replica's whole start-up, so the user is told before it happens.
     */
    record RestartingUnchanged() implements AppEvent {
    }

    record Restarted(String revision) implements AppEvent {
    }

    /** The replicas of the revision changed since the last look. */
    record ReplicasChanged(String revision, List<Replica> replicas) implements AppEvent {
    }

    /** The endpoint answered differently from the last probe (0 = no answer). */
    record EndpointChecked(URI endpoint, int status, Duration waited) implements AppEvent {
    }

    record Ready(URI endpoint, Duration waited) implements AppEvent {
    }

    /**
     * A replica reached {@code stage} {@code elapsed} after waiting began; {@code previous} and how long it lasted
     * are null for a replica seen for the first time.
     */
    record StageReached(String replica, StartupStage stage, Duration elapsed, StartupStage previous,
                        Duration previousLasted) implements AppEvent {
    }

    /** The environment's latest system events for the app, shown beside a stall (oldest first). */
    record SystemEventsRead(List<String> lines) implements AppEvent {
    }

    /** A replica has been in {@code stage} for {@code lasted}, at least its {@code limit}: the stage's meaning and action say why and what to do. */
    record Stalled(String replica, StartupStage stage, Duration lasted, Duration limit) implements AppEvent {
    }
}
