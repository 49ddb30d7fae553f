package dev.infractl.preflight;

/** Storage account names across Azure (Microsoft.Storage checkNameAvailability). */
public interface StorageNames {

    Availability check(String name);

    /** Whether the account exists in the target resource group (then "taken" means ours). */
    boolean existsInGroup(String name);

    /** @param reason AccountNameInvalid or AlreadyExists when not available */
    record Availability(boolean available, String reason, String message) {
    }
}
