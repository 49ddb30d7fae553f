package dev.infractl.emulator.files;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;

/**
 * One request to the Files service as it came off the wire; {@code uri} is the request target (path and query),
 * {@code peer} the client's address and {@code secure} whether it came over TLS (a SAS may demand either).
 */
record FilesRequest(String method, URI uri, RequestHeaders headers, InputStream body, InetAddress peer, boolean secure) {
}
