package dev.infractl.app;

/** One replica of a revision and how far it got. */
public record Replica(String name, ReplicaState state) {
}
