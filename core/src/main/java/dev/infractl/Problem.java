package dev.infractl;

/**
 * One thing wrong with the user's input, found before anything is sent to Azure. Validation collects
 * all of them and reports them in one pass, like Terraform's diagnostics.
 *
 * @param message what is wrong, in the user's words
 * @param location where, or null when the problem has no single place (a missing required value)
 * @param hint how to fix it, or null
 */
public record Problem(String message, SourceLocation location, String hint) {

    public static Problem of(String message, SourceLocation location, String hint) {
        return new Problem(message, location, hint);
    }
}
