package dev.infractl.emulator.files;

import java.util.Optional;

/** An inclusive byte range from {@code x-ms-range} or {@code Range}: {@code bytes=start-end} or {@code bytes=start-}. */
record ByteRange(long start, long end) {

    static Optional<ByteRange> parse(String header, long size) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String text = header.trim();
        if (!text.startsWith("bytes=")) {
            throw invalid(header);
        }
        String[] bounds = text.substring("bytes=".length()).split("-", -1);
        try {
            long start = Long.parseLong(bounds[0]);
            long end = bounds.length < 2 || bounds[1].isEmpty() ? Math.max(size - 1, start) : Long.parseLong(bounds[1]);
            if (start < 0 || end < start) {
                throw invalid(header);
            }
            return Optional.of(new ByteRange(start, end));
        } catch (NumberFormatException e) {
            throw invalid(header);
        }
    }

    long length() {
        return end - start + 1;
    }

    @Override
    public String toString() {
        return "bytes=" + start + "-" + end;
    }

    private static FilesServiceError invalid(String header) {
        return FilesServiceError.badRequest("InvalidHeaderValue", "The value for one of the HTTP headers is not in the correct format: " + header);
    }
}
