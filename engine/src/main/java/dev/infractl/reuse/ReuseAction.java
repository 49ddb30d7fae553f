package dev.infractl.reuse;

/** What provision does to one resource of the template. */
public enum ReuseAction {
    /** It exists and is referenced as it is. */
    REUSE,
    /** It does not exist; the template creates it. */
    CREATE,
    /** It exists and the template declares it again, so its settings may change. */
    UPDATE;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
