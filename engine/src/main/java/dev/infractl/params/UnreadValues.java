package dev.infractl.params;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Values a layer meant to give but could not be read: a file with a syntax error, an entry not written as
 * {@code {"value": ...}}, an unset variable, a {@code --param} of the wrong type. That mistake is already
 * reported; this record of it keeps validation from reporting its consequences ("has no value", a name
 * still holding {@code ${VAR}}) as further mistakes.
 */
final class UnreadValues {

    private final Set<String> names = new HashSet<>();
    private boolean wholeFile;

    /** A file that could not be read at all may have set any parameter. */
    void file() {
        wholeFile = true;
    }

    void name(String name) {
        names.add(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a missing value for {@code name} is explained by a mistake already reported. */
    boolean explainsMissing(String name) {
        return wholeFile || names.contains(name.toLowerCase(Locale.ROOT));
    }
}
