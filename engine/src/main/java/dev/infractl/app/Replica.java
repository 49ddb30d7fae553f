package dev.infractl.app;

import java.util.List;

/**
 * One replica of a revision and how far it got.
 *
 * @param details    the replica's runningStateDetails (empty when none)
 * @param containers its app containers (not the init containers)
 */
public record Replica(String name, ReplicaState state, String details, List<ContainerStatus> containers) {

    public Replica {
        details = details == null ? "" : details;
        containers = List.copyOf(containers);
    }

    /** A replica known by its running state only. */
    public Replica(String name, ReplicaState state) {
        this(name, state, "", List.of());
    }

    public StartupStage stage() {
        return StartupStage.of(this);
    }
}
