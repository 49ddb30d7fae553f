package dev.infractl.emulator.files;

import java.util.Map;

/**
 * What a request needs from a SAS: one of {@code permissions}, and for an account SAS the resource type
 * ({@code s} service, {@code c} share and listing, {@code o} directories and files).
 */
record SasOperation(String permissions, char resourceType) {

    static final char SERVICE = 's';
    static final char CONTAINER = 'c';
    static final char OBJECT = 'o';

    static SasOperation of(String method, SharePath path, Map<String, String> query) {
        String comp = query.getOrDefault("comp", "");
        String restype = query.getOrDefault("restype", "");
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (path.share() == null) {
            return new SasOperation(comp.equals("list") ? "l" : read ? "r" : "w", SERVICE);
        }
        if (restype.equals("share")) {
            return new SasOperation(read ? "r" : method.equals("DELETE") ? "d" : comp.isEmpty() ? "c" : "w", CONTAINER);
        }
        if (read && comp.equals("list")) {
            return new SasOperation("l", CONTAINER);
        }
        if (read) {
            return new SasOperation("r", OBJECT);
        }
        if (method.equals("DELETE")) {
            return new SasOperation("d", OBJECT);
        }
        return new SasOperation(comp.isEmpty() ? "cw" : "w", OBJECT);
    }
}
