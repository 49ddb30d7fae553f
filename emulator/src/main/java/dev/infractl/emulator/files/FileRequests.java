package dev.infractl.emulator.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** Create, Put Range, Get, Get Properties, Set Properties, Set Metadata, Delete, Rename and Copy of one file. */
final class FileRequests {

    private static final long MAX_RANGE = 4L * 1024 * 1024;
    private final ShareStore store;
    private final FileCopies copies;

    FileRequests(ShareStore store, FileCopies copies) {
        this.store = store;
        this.copies = copies;
    }

    Reply file(String method, SharePath path, Map<String, String> query, FilesRequest request) throws IOException {
        String comp = query.getOrDefault("comp", "");
        RequestHeaders headers = request.headers();
        switch (method + " " + comp) {
            case "PUT ":
                return headers.has("x-ms-copy-source") ? copies.copy(path, request) : create(path, headers);
            case "PUT copy":
                return copies.abort(path, headers);
            case "PUT range":
                return putRange(path, headers, request.body());
            case "PUT properties":
                return setProperties(path, headers);
            case "PUT metadata":
                store.writeProperties(path, store.properties(path).withMetadata(headers.metadata()));
                return described(200, path);
            case "PUT rename":
                return rename(path, headers, false);
            case "GET ":
            case "HEAD ":
                return get(path, headers);
            case "DELETE ":
                store.deleteFile(path);
                return new Reply(202);
            default:
                throw FilesServiceError.badRequest("UnsupportedHttpVerb", "The resource doesn't support " + method + " with comp=" + comp + ".");
        }
    }

    private Reply create(SharePath path, RequestHeaders headers) throws IOException {
        if (!"file".equalsIgnoreCase(headers.first("x-ms-type"))) {
            throw FilesServiceError.badRequest("MissingRequiredHeader", "An HTTP header that's mandatory for this request is not specified: x-ms-type.");
        }
        long size = headers.requiredLong("x-ms-content-length");
        store.createFile(path, size, headers.fileProperties());
        return described(201, path).header("x-ms-request-server-encrypted", "true");
    }

    private Reply putRange(SharePath path, RequestHeaders headers, InputStream body) throws IOException {
        long size = Files.size(store.existing(path, false));
        ByteRange range = ByteRange.parse(headers.range(), size)
                .orElseThrow(() -> FilesServiceError.badRequest("MissingRequiredHeader", "x-ms-range is required."));
        boolean clear = "clear".equalsIgnoreCase(headers.first("x-ms-write"));
        if (range.length() > MAX_RANGE) {
            throw new FilesServiceError(413, "RequestBodyTooLarge", "The request body is too large; a range is at most 4 MiB.");
        }
        byte[] data = clear ? new byte[(int) range.length()] : body.readNBytes((int) range.length() + 1);
        if (data.length != range.length()) {
            throw FilesServiceError.badRequest("InvalidHeaderValue", "The body length does not match the range " + range + ".");
        }
        String md5 = md5(data);
        String claimed = headers.first("Content-MD5");
        if (!clear && claimed != null && !claimed.equals(md5)) {
            throw FilesServiceError.badRequest("Md5Mismatch",
                    "The MD5 value specified in the request did not match with the MD5 value calculated by the server.");
        }
        store.writeRange(path, range.start(), data, clear);
        return described(201, path).header("Content-MD5", clear ? null : md5)
                .header("x-ms-request-server-encrypted", "true");
    }

    private Reply setProperties(SharePath path, RequestHeaders headers) throws IOException {
        String size = headers.first("x-ms-content-length");
        if (size != null) {
            store.resize(path, headers.requiredLong("x-ms-content-length"));
        }
        store.writeProperties(path, store.properties(path).withHttpProperties(headers.fileProperties()));
        return described(200, path);
    }

    Reply rename(SharePath target, RequestHeaders headers, boolean directory) throws IOException {
        String source = headers.first("x-ms-file-rename-source");
        if (source == null) {
            throw FilesServiceError.badRequest("MissingRequiredHeader", "x-ms-file-rename-source is required.");
        }
        SharePath from = renameSource(target, URI.create(source.contains("://") ? source : "/" + source).getPath());
        if (!from.account().equals(target.account()) || !from.share().equals(target.share())) {
            throw FilesServiceError.badRequest("InvalidHeaderValue", "The rename source must be in the same share.");
        }
        boolean replace = "true".equalsIgnoreCase(headers.first("x-ms-file-rename-replace-if-exists"));
        store.rename(from, target, directory, replace);
        return directory ? DirectoryRequests.described(store, 200, target) : described(200, target);
    }

    /** The source names the share first when the client addressed the account by host, the account first otherwise. */
    private static SharePath renameSource(SharePath target, String sourcePath) {
        SharePath pathStyle = SharePath.parse(sourcePath);
        if (pathStyle.account().equals(target.account()) && target.share().equals(pathStyle.share())) {
            return pathStyle;
        }
        return SharePath.parse("/" + target.account() + sourcePath);
    }

    private Reply get(SharePath path, RequestHeaders headers) throws IOException {
        Path data = store.existing(path, false);
        long size = Files.size(data);
        FileProperties properties = store.properties(path);
        var range = ByteRange.parse(headers.range(), size);
        Reply reply = described(range.isPresent() ? 206 : 200, path)
                .header("Content-Type", properties.contentType() == null ? "application/octet-stream" : properties.contentType())
                .header("Content-Encoding", properties.contentEncoding())
                .header("Content-Language", properties.contentLanguage())
                .header("Cache-Control", properties.cacheControl())
                .header("Content-Disposition", properties.contentDisposition())
                .header("Accept-Ranges", "bytes")
                .header("x-ms-type", "File")
                .header("x-ms-server-encrypted", "true");
        properties.metadata().forEach((name, value) -> reply.header("x-ms-meta-" + name, value));
        FileProperties.CopyRecord copy = properties.copy();
        if (copy != null) {
            reply.header("x-ms-copy-id", copy.id()).header("x-ms-copy-source", copy.source())
                    .header("x-ms-copy-status", copy.status()).header("x-ms-copy-progress", copy.progress())
                    .header("x-ms-copy-completion-time", copy.completionTime());
        }
        if (range.isPresent()) {
            ByteRange bytes = range.get();
            if (bytes.start() >= size) {
                throw new FilesServiceError(416, "InvalidRange", "The range specified is invalid for the current size of the resource.");
            }
            long end = Math.min(bytes.end(), size - 1);
            reply.header("Content-Range", "bytes " + bytes.start() + "-" + end + "/" + size)
                    .header("x-ms-content-md5", properties.contentMd5());
            return reply.stream(new FileSlice(data, bytes.start(), Math.max(0, end - bytes.start() + 1)));
        }
        reply.header("Content-MD5", properties.contentMd5());
        return reply.stream(new FileSlice(data, 0, size));
    }

    private Reply described(int status, SharePath path) throws IOException {
        Path data = store.existing(path, false);
        var modified = Files.getLastModifiedTime(data).toInstant();
        return new Reply(status).version(modified).smb(modified, false, DirectoryRequests.fileId(path));
    }

    private static String md5(byte[] data) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
