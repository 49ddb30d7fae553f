package dev.infractl.params;

import java.util.regex.Pattern;

/** JSON paths as messages show them: {@code $.parameters.maximumInstanceCount.value}, {@code $.a['odd-name'][0]}. */
final class JsonPaths {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPaths() {
    }

    static String member(String name) {
        return PLAIN.matcher(name).matches() ? "." + name : "['" + name.replace("'", "\\'") + "']";
    }

    static String element(int index) {
        return "[" + index + "]";
    }

    /** The path of a parameter's value in an ARM parameters file. */
    static String parameterValue(String name) {
        return "$.parameters" + member(name) + ".value";
    }
}
