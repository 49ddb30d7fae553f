package dev.infractl.emulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A method and a path pattern (case-insensitive, like ARM's paths) answered by a handler. */
record Route(String method, Pattern path, Handler handler, boolean needsToken) {

    /** Answers one request; {@code path} holds the pattern's groups. */
    @FunctionalInterface
    interface Handler {
        Response handle(Request request, Matcher path);
    }

    static Route arm(String method, String regex, Handler handler) {
        return new Route(method, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), handler, true);
    }

    static Route open(String method, String regex, Handler handler) {
        return new Route(method, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), handler, false);
    }
}
