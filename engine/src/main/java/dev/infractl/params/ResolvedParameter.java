package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The effective value of one declared parameter after every layer, and where it came from.
 *
 * @param value null when {@code kind} is MISSING; the expression text when EXPRESSION; the reference
 *              object when KEY_VAULT_REFERENCE
 * @param source null when MISSING
 */
public record ResolvedParameter(ParameterDeclaration declaration, JsonNode value, ValueKind kind, ParameterSource source) {

    /** Shown instead of a secure value or a Key Vault reference. */
    public static final String MASK = "***";

    public static ResolvedParameter missing(ParameterDeclaration declaration) {
        return new ResolvedParameter(declaration, null, ValueKind.MISSING, null);
    }

    public String name() {
        return declaration.name();
    }

    public boolean isSecure() {
        return declaration.type().isSecure() || kind == ValueKind.KEY_VAULT_REFERENCE;
    }

    /** The value as it may be shown to people and logs: secure values are masked. */
    public JsonNode shownValue() {
        if (kind == ValueKind.MISSING) {
            return null;
        }
        return isSecure() ? TextNode.valueOf(MASK) : value;
    }

    public String sourceText() {
        return source == null ? "not set" : source.describe();
    }
}
