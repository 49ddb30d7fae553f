package dev.infractl.emulator.files;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;

/** Requests on shares ({@code restype=share}) and directories ({@code restype=directory}). */
final class DirectoryRequests {

    private final ShareStore store;
    private final FileRequests files;

    DirectoryRequests(ShareStore store, FileRequests files) {
        this.store = store;
        this.files = files;
    }

    Reply share(String method, SharePath path, Map<String, String> query, RequestHeaders headers) throws IOException {
        String comp = query.getOrDefault("comp", "");
        switch (method + " " + comp) {
            case "PUT ":
                store.createShare(path);
                store.writeShareMetadata(path, headers.metadata());
                return shareDescribed(201, path);
            case "PUT metadata":
                store.requireShare(path);
                store.writeShareMetadata(path, headers.metadata());
                return shareDescribed(200, path);
            case "PUT properties":
            case "GET ":
            case "HEAD ":
            case "GET metadata":
                store.requireShare(path);
                Reply described = shareDescribed(200, path).header("x-ms-share-quota", "102400");
                store.shareMetadata(path).forEach((name, value) -> described.header("x-ms-meta-" + name, value));
                return described;
            case "DELETE ":
                store.deleteShare(path);
                return new Reply(202);
            default:
                throw FilesServiceError.badRequest("UnsupportedHttpVerb", "The share doesn't support " + method + " with comp=" + comp + ".");
        }
    }

    Reply directory(String method, SharePath path, Map<String, String> query, RequestHeaders headers) throws IOException {
        String comp = query.getOrDefault("comp", "");
        switch (method + " " + comp) {
            case "PUT ":
                store.createDirectory(path);
                return described(store, 201, path).header("x-ms-request-server-encrypted", "true");
            case "PUT metadata":
            case "PUT properties":
            case "GET ":
            case "HEAD ":
                return described(store, 200, path);
            case "PUT rename":
                return files.rename(path, headers, true);
            case "GET list":
                return new Reply(200).xml(DirectoryListing.xml(store, path, query));
            case "DELETE ":
                store.deleteDirectory(path);
                return new Reply(202);
            default:
                throw FilesServiceError.badRequest("UnsupportedHttpVerb", "The directory doesn't support " + method + " with comp=" + comp + ".");
        }
    }

    static Reply described(ShareStore store, int status, SharePath path) throws IOException {
        Instant modified = Files.getLastModifiedTime(store.existing(path, true)).toInstant();
        return new Reply(status).version(modified).smb(modified, true, fileId(path));
    }

    /** A stable 64-bit id per path, like the service's x-ms-file-id. */
    static String fileId(SharePath path) {
        long hash = 1125899906842597L;
        for (char c : (path.share() + "/" + path.path()).toCharArray()) {
            hash = 31 * hash + c;
        }
        return Long.toUnsignedString(hash);
    }

    private Reply shareDescribed(int status, SharePath path) throws IOException {
        Instant modified = Files.getLastModifiedTime(store.existing(new SharePath(path.account(), path.share(), ""), true)).toInstant();
        return new Reply(status).version(modified);
    }
}
