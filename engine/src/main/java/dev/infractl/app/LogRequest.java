package dev.infractl.app;

/**
 * What {@code logs} asks for.
 *
 * @param system the environment's system events for the app instead of the console
 * @param tail how many past lines each stream starts with
 * @param revision null for the latest revision
 * @param replica null for every replica
 */
public record LogRequest(boolean follow, boolean system, int tail, String revision, String replica) {
}
