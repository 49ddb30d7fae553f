package dev.infractl.emulator.files;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The request line and headers of one HTTP/1.1 request, read as sent: header names keep their case. */
record RequestHead(String method, URI target, String version, RequestHeaders headers) {

    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADERS = 200;

    /** The next request's head, or null when the client closed the connection between requests. */
    static RequestHead read(InputStream in) throws IOException {
        String requestLine;
        try {
            do {
                requestLine = line(in, StandardCharsets.ISO_8859_1);
            } while (requestLine.isEmpty()); // a stray CRLF between requests is allowed
        } catch (EOFException closed) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new MalformedRequest("not an HTTP/1.x request line: " + requestLine);
        }
        RequestHeaders headers = new RequestHeaders();
        int count = 0;
        for (String header = line(in, StandardCharsets.ISO_8859_1); !header.isEmpty();
             header = line(in, StandardCharsets.ISO_8859_1)) {
            int colon = header.indexOf(':');
            if (colon <= 0 || ++count > MAX_HEADERS) {
                throw new MalformedRequest("a header line without a name, or too many headers: " + header);
            }
            headers.add(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        try {
            return new RequestHead(parts[0], new URI(parts[1]), parts[2], headers);
        } catch (URISyntaxException e) {
            throw new MalformedRequest("the request target is not a URI: " + e.getMessage());
        }
    }

    /** HTTP/1.1 keeps the connection unless told to close; 1.0 closes unless told to keep it. */
    boolean keepsAlive() {
        String connection = headers.first("Connection");
        if (version.equals("HTTP/1.0")) {
            return "keep-alive".equalsIgnoreCase(connection);
        }
        return !"close".equalsIgnoreCase(connection);
    }

    /** One line without its CRLF (a bare LF ends one too); EOFException when the stream ends first. */
    static String line(InputStream in, Charset charset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection closed inside a line");
            }
            if (bytes.size() >= MAX_LINE) {
                throw new MalformedRequest("a line longer than " + MAX_LINE + " bytes");
            }
            bytes.write(b);
        }
        String text = bytes.toString(charset);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** A request the listener cannot read: answered 400, and the connection closed. */
    static final class MalformedRequest extends IOException {
        MalformedRequest(String message) {
            super(message);
        }
    }
}
