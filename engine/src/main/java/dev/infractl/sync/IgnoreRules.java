package dev.infractl.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which local paths {@code deploy} leaves out: the defaults, then the lines of {@code .infractlignore}
 * in gitignore syntax (globs, {@code **}, a leading {@code /} anchors, a trailing {@code /} means
 * directories only, {@code !} re-includes; the last matching line wins). Paths are relative to the
 * synced folder, with {@code /} separators.
 */
public final class IgnoreRules {

    public static final List<String> DEFAULTS = List.of(".git", "__pycache__/", ".venv/", "*.pyc", ".infractlignore");

    private record Rule(String text, Pattern regex, boolean negated, boolean directoryOnly) {
    }

    private final List<Rule> rules;

    private IgnoreRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static IgnoreRules defaults() {
        return parse(List.of());
    }

    /** The defaults followed by {@code lines}, so the user's lines can re-include what a default left out. */
    public static IgnoreRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : DEFAULTS) {
            rules.add(rule(line));
        }
        for (String line : lines) {
            String text = stripTrailingSpaces(line);
            if (!text.isEmpty() && !text.startsWith("#")) {
                rules.add(rule(text));
            }
        }
        return new IgnoreRules(rules);
    }

    public boolean ignored(String path, boolean directory) {
        boolean ignored = false;
        for (Rule rule : rules) {
            if ((directory || !rule.directoryOnly()) && rule.regex().matcher(path).matches()) {
                ignored = !rule.negated();
            }
        }
        return ignored;
    }

    private static Rule rule(String line) {
        String text = line;
        boolean negated = text.startsWith("!");
        if (negated || text.startsWith("\\!") || text.startsWith("\\#")) {
            text = text.substring(1);
        }
        boolean directoryOnly = text.endsWith("/");
        if (directoryOnly) {
            text = text.substring(0, text.length() - 1);
        }
        boolean anchored = text.contains("/");
        if (text.startsWith("/")) {
            text = text.substring(1);
        }
        String body = Glob.toRegex(text);
        return new Rule(line, Pattern.compile(anchored ? body : "(?:.*/)?" + body), negated, directoryOnly);
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && (end < 2 || line.charAt(end - 2) != '\\')) {
            end--;
        }
        return line.substring(0, end).replace("\\ ", " ");
    }
}
