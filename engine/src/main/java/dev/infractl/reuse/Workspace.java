package dev.infractl.reuse;

/** A Log Analytics workspace; environments name the one they log to by its customer id. */
public record Workspace(String name, String customerId) {
}
