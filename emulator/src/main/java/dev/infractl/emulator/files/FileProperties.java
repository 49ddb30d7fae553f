package dev.infractl.emulator.files;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the service keeps about a file besides its bytes: the HTTP properties set at create or
 * "set properties" (Content-MD5 among them, returned as given, never computed), the metadata (names as set) and,
 * for a file made by Copy File, the copy's record.
 */
record FileProperties(String contentMd5, String contentType, String contentEncoding, String contentLanguage,
                      String cacheControl, String contentDisposition, Map<String, String> metadata, CopyRecord copy) {

    FileProperties {
        TreeMap<String, String> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        names.putAll(metadata == null ? Map.of() : metadata);
        metadata = java.util.Collections.unmodifiableMap(names);
    }

    static FileProperties empty() {
        return new FileProperties(null, null, null, null, null, null, Map.of(), null);
    }

    FileProperties withMetadata(Map<String, String> replacement) {
        return new FileProperties(contentMd5, contentType, contentEncoding, contentLanguage, cacheControl,
                contentDisposition, replacement, copy);
    }

    /** The HTTP properties of {@code given}, keeping this file's metadata and copy record (Set File Properties). */
    FileProperties withHttpProperties(FileProperties given) {
        return new FileProperties(given.contentMd5, given.contentType, given.contentEncoding, given.contentLanguage,
                given.cacheControl, given.contentDisposition, metadata, copy);
    }

    FileProperties withCopy(CopyRecord record) {
        return new FileProperties(contentMd5, contentType, contentEncoding, contentLanguage, cacheControl,
                contentDisposition, metadata, record);
    }

    /**
     * The last Copy File that wrote this file: {@code source} is the source URL without its query, so no SAS
     * signature is ever stored; copies within the emulator finish at once, so {@code status} is {@code success}.
     */
    record CopyRecord(String id, String source, String status, String progress, String completionTime) {
    }
}
