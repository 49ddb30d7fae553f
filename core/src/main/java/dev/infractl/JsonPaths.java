package dev.infractl;

import java.util.regex.Pattern;

/** JSON paths as messages show them: {@code $.parameters.maximumInstanceCount}, {@code $.resources[2]['odd-key']}. */
public final class JsonPaths {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPaths() {
    }

    public static String child(String path, String key) {
        return PLAIN.matcher(key).matches() ? path + "." + key : path + "['" + key.replace("'", "\\'") + "']";
    }

    public static String index(String path, int index) {
        return path + "[" + index + "]";
    }
}
