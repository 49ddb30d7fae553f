package dev.infractl.emulator.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request's body read off the connection: {@code Content-Length} bytes or a chunked stream, never past its end, so
 * the connection's next request starts where this one stops.
 */
final class RequestBody extends InputStream {

    private final InputStream in;
    private final boolean chunked;
    private long remaining;
    private boolean finished;

    private RequestBody(InputStream in, boolean chunked, long length) {
        this.in = in;
        this.chunked = chunked;
        this.remaining = length;
        this.finished = !chunked && length == 0;
    }

    static RequestBody of(RequestHeaders headers, InputStream in) throws IOException {
        String encoding = headers.first("Transfer-Encoding");
        if (encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
            return new RequestBody(in, true, 0);
        }
        String length = headers.first("Content-Length");
        try {
            long bytes = length == null ? 0 : Long.parseLong(length.trim());
            if (bytes < 0) {
                throw new NumberFormatException(length);
            }
            return new RequestBody(in, false, bytes);
        } catch (NumberFormatException e) {
            throw new IOException("Content-Length is not a number: " + length);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (remaining == 0 && !finished && chunked) {
            nextChunk();
        }
        if (finished) {
            return -1;
        }
        int read = in.read(buffer, offset, (int) Math.min(length, remaining));
        if (read < 0) {
            throw new IOException("the connection closed inside a request body");
        }
        remaining -= read;
        if (remaining == 0 && !chunked) {
            finished = true;
        } else if (remaining == 0) {
            line(); // the CRLF after a chunk's data
        }
        return read;
    }

    /** Reads what the handler left unread, so the connection can carry the next request. */
    void drain() throws IOException {
        byte[] sink = new byte[8192];
        while (read(sink, 0, sink.length) >= 0) {
            // discard
        }
    }

    private void nextChunk() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        try {
            remaining = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
        } catch (NumberFormatException e) {
            throw new IOException("a chunk size is not hexadecimal: " + size);
        }
        if (remaining == 0) {
            while (!line().isEmpty()) {
                // trailers are read and ignored
            }
            finished = true;
        }
    }

    private String line() throws IOException {
        return RequestHead.line(in, StandardCharsets.ISO_8859_1);
    }
}
