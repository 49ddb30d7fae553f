package dev.infractl.reuse;

/** An environment's Azure Files link (managedEnvironments/storages): its name and the share it points at. */
public record StorageLink(String name, String accountName, String shareName) {
}
