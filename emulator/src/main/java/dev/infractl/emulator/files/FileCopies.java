package dev.infractl.emulator.files;

import dev.infractl.emulator.StorageAccountKeys;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * Copy File ({@code PUT} with {@code x-ms-copy-source}) and Abort Copy File. A source in the same account is
 * authorised by the request's own Shared Key; any source by a SAS on its URL (read permission). Copies within the
 * emulator finish before the answer, as Azure's copies within one account usually do: 202 with
 * {@code x-ms-copy-status: success}, so there is never a pending copy to abort.
 */
final class FileCopies {

    private final ShareStore store;
    private final StorageAccountKeys keys;

    FileCopies(ShareStore store, StorageAccountKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    Reply copy(SharePath target, FilesRequest request) throws IOException {
        String sourceUrl = request.headers().first("x-ms-copy-source");
        URI source;
        try {
            source = URI.create(sourceUrl);
        } catch (IllegalArgumentException e) {
            throw FilesServiceError.badRequest("InvalidHeaderValue", "The value for one of the HTTP headers is not in the"
                    + " correct format: x-ms-copy-source.");
        }
        SharePath from = sourcePath(source);
        authorizeSource(from, source, target, request);
        FileProperties sourceProperties;
        long size;
        try {
            sourceProperties = store.properties(from);
            size = store.copyFile(from, target);
        } catch (FilesServiceError missing) {
            if (missing.status() != 404 || !missing.code().endsWith("NotFound") || missing.code().equals("ParentNotFound")) {
                throw missing;
            }
            throw new FilesServiceError(404, "CannotVerifyCopySource", "The specified resource does not exist.");
        }
        Map<String, String> metadata = request.headers().metadata();
        String id = UUID.randomUUID().toString();
        String stored = sourceUrl.contains("?") ? sourceUrl.substring(0, sourceUrl.indexOf('?')) : sourceUrl;
        FileProperties.CopyRecord record = new FileProperties.CopyRecord(id, stored, "success", size + "/" + size,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)));
        store.writeProperties(target, sourceProperties.withMetadata(metadata.isEmpty() ? sourceProperties.metadata()
                : metadata).withCopy(record));
        Instant modified = java.nio.file.Files.getLastModifiedTime(store.existing(target, false)).toInstant();
        return new Reply(202).version(modified).header("x-ms-copy-id", id).header("x-ms-copy-status", "success");
    }

    /** Abort Copy File: a copy that finished (every copy here) leaves nothing to abort, as the service answers. */
    Reply abort(SharePath target, RequestHeaders headers) throws IOException {
        if (!"abort".equalsIgnoreCase(headers.first("x-ms-copy-action"))) {
            throw FilesServiceError.badRequest("MissingRequiredHeader", "An HTTP header that's mandatory for this request"
                    + " is not specified: x-ms-copy-action.");
        }
        FileProperties.CopyRecord copy = store.properties(target).copy();
        if (copy == null || !copy.status().equals("pending")) {
            throw new FilesServiceError(409, "NoPendingCopyOperation", "There is currently no pending copy operation.");
        }
        throw new IllegalStateException("a copy is never left pending");
    }

    private void authorizeSource(SharePath from, URI source, SharePath target, FilesRequest request) {
        Map<String, String> query = FileServiceEmulator.query(source.getRawQuery());
        if (query.containsKey("sig")) {
            String key = keys.primaryKey(from.account()).orElseThrow(FileCopies::cannotVerify);
            FilesRequest read = new FilesRequest("GET", source, new RequestHeaders(), InputStream.nullInputStream(),
                    request.peer(), "https".equalsIgnoreCase(source.getScheme()));
            try {
                SharedAccessSignature.authorize(read, from, query, from.account(), key, Instant.now());
            } catch (FilesServiceError refused) {
                throw cannotVerify();
            }
        } else if (!from.account().equals(target.account()) || request.headers().first("Authorization") == null) {
            throw cannotVerify();
        }
    }

    /** Path-style ({@code https://127.0.0.1:PORT/account/share/file}) or host-style ({@code https://account.file...}). */
    private static SharePath sourcePath(URI source) {
        String host = source.getHost() == null ? "" : source.getHost();
        if (host.isEmpty() || host.equals("localhost") || Character.isDigit(host.charAt(0)) || host.startsWith("[")) {
            return SharePath.parse(source.getPath());
        }
        return SharePath.parse("/" + host.substring(0, host.indexOf('.') < 0 ? host.length() : host.indexOf('.'))
                + source.getPath());
    }

    private static FilesServiceError cannotVerify() {
        return new FilesServiceError(403, "CannotVerifyCopySource", "This request is not authorized to perform this"
                + " operation.");
    }
}
