package dev.infractl.params;

/** What kind of value a layer supplies, or that a parameter ends up with. */
public enum ValueKind {
    /** A plain JSON value. */
    LITERAL,
    /** A template default written as an ARM expression, not evaluated (yet). */
    EXPRESSION,
    /** A Key Vault reference from a parameters file; ARM resolves it, we never see the secret. */
    KEY_VAULT_REFERENCE,
    /** No layer supplies a value and the template has no default. */
    MISSING
}
