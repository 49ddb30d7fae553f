package dev.infractl.params;

import java.util.Locale;
import java.util.Optional;

/**
 * Azure's naming rule for one resource kind, from "Naming rules and restrictions for Azure resources".
 *
 * @param kind the resource kind in the user's words, "storage account"
 * @param allowed a regex character class body of the allowed characters, such as {@code a-z0-9-}
 * @param start the class body the first character must match, likewise {@code end}
 * @param summary the rule as one phrase, shown in messages
 * @param scope where the name must be unique, shown in hints
 */
public record NamingRule(String kind, int minLength, int maxLength, String allowed, String start, String end,
                         boolean noDoubleHyphen, String summary, String scope) {

    /** What breaks the rule, or empty when {@code name} follows it. */
    public Optional<String> violation(String name) {
        return violation(name, false);
    }

    /** As {@link #violation(String)}, leaving out the length when {@code lengthKnown} (reported elsewhere). */
    public Optional<String> violation(String name, boolean lengthKnown) {
        if (name.isEmpty()) {
            return lengthKnown ? Optional.empty() : Optional.of("it is empty");
        }
        if (!lengthKnown && (name.length() < minLength || name.length() > maxLength)) {
            return Optional.of("it has " + name.length() + " characters");
        }
        String bad = name.replaceAll("[" + allowed + "]", "");
        if (!bad.isEmpty()) {
            char first = bad.charAt(0);
            return Optional.of(Character.isUpperCase(first) ? "uppercase '" + first + "' is not allowed"
                    : "'" + first + "' is not allowed");
        }
        if (!name.substring(0, 1).matches("[" + start + "]")) {
            return Optional.of("it starts with '" + name.charAt(0) + "'");
        }
        if (!name.substring(name.length() - 1).matches("[" + end + "]")) {
            return Optional.of("it ends with '" + name.charAt(name.length() - 1) + "'");
        }
        if (noDoubleHyphen && name.contains("--")) {
            return Optional.of("it has '--'");
        }
        return Optional.empty();
    }

    /** A name close to {@code name} that follows the rule, if one can be made by dropping and lowering. */
    public Optional<String> suggestion(String name) {
        String candidate = allowed.contains("A-Z") ? name : name.toLowerCase(Locale.ROOT);
        candidate = candidate.replaceAll("[^" + allowed + "]", "");
        if (noDoubleHyphen) {
            candidate = candidate.replaceAll("-{2,}", "-");
        }
        candidate = candidate.replaceAll("^[^" + start + "]+", "");
        if (candidate.length() > maxLength) {
            candidate = candidate.substring(0, maxLength);
        }
        candidate = candidate.replaceAll("[^" + end + "]+$", "");
        return violation(candidate).isEmpty() && !candidate.equals(name) ? Optional.of(candidate) : Optional.empty();
    }
}
