package dev.infractl.preflight;

/** Resource provider registration of the subscription. */
public interface ProviderRegistry {

    /** Registered, NotRegistered, Registering, Unregistering. */
    String state(String namespace);

    /** Starts registering; returns the state right after. */
    String register(String namespace);
}
