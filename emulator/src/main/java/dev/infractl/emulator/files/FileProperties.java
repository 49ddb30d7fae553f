package dev.infractl.emulator.files;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the service keeps about a file besides its bytes: the HTTP properties set at create or
 * "set properties" (Content-MD5 among them, returned as given, never computed) and the metadata.
 */
record FileProperties(String contentMd5, String contentType, String contentEncoding, String contentLanguage,
                      String cacheControl, String contentDisposition, Map<String, String> metadata) {

    FileProperties {
        metadata = Map.copyOf(metadata == null ? Map.of() : metadata);
    }

    static FileProperties empty() {
        return new FileProperties(null, null, null, null, null, null, Map.of());
    }

    FileProperties withMetadata(Map<String, String> replacement) {
        return new FileProperties(contentMd5, contentType, contentEncoding, contentLanguage, cacheControl,
                contentDisposition, new TreeMap<>(replacement));
    }
}
