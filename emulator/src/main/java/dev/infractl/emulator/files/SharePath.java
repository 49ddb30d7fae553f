package dev.infractl.emulator.files;

import java.util.Arrays;
import java.util.List;

/**
 * A resource named by a path-style URL {@code /{account}/{share}/{dir...}/{name}}; {@code path} is the
 * part inside the share ("" for the share's root directory), already percent-decoded.
 */
record SharePath(String account, String share, String path) {

    /** Parses a decoded URL path; {@code share} is null when the URL names only the account. */
    static SharePath parse(String urlPath) {
        List<String> segments = Arrays.stream(urlPath.split("/")).filter(s -> !s.isEmpty()).toList();
        if (segments.isEmpty()) {
            throw FilesServiceError.badRequest("InvalidUri", "The requested URI does not represent any resource on the server.");
        }
        for (String segment : segments) {
            if (segment.equals(".") || segment.equals("..")) {
                throw FilesServiceError.badRequest("InvalidResourceName", "The specifed resource name contains invalid characters.");
            }
        }
        String share = segments.size() > 1 ? segments.get(1) : null;
        String path = segments.size() > 2 ? String.join("/", segments.subList(2, segments.size())) : "";
        return new SharePath(segments.get(0), share, path);
    }

    boolean isShareRoot() {
        return path.isEmpty();
    }

    String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    SharePath parent() {
        int slash = path.lastIndexOf('/');
        return new SharePath(account, share, slash < 0 ? "" : path.substring(0, slash));
    }

    SharePath child(String name) {
        return new SharePath(account, share, path.isEmpty() ? name : path + "/" + name);
    }
}
