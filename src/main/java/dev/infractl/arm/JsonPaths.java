package dev.infractl.arm;

/** JSON paths in the template, such as {@code $.resources[2].properties['odd-key']}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String child(String path, String key) {
        return key.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? path + "." + key : path + "['" + key.replace("'", "\\'") + "']";
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }
}
