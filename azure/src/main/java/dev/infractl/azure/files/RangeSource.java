package dev.infractl.azure.files;

import dev.infractl.sync.LocalFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** The bytes of an upload, read one Put Range at a time (a local file) or held whole (the manifest). */
record RangeSource(Path file, byte[] content, long size, String md5) {

    /** The service's largest Put Range. */
    static final int RANGE = 4 * 1024 * 1024;

    static RangeSource of(LocalFile file) {
        return new RangeSource(file.source(), null, file.size(), file.md5());
    }

    static RangeSource of(byte[] content) {
        return new RangeSource(null, content, content.length, Base64.getEncoder().encodeToString(md5(content)));
    }

    byte[] read(long offset) {
        int length = (int) Math.min(RANGE, size - offset);
        if (content != null) {
            return Arrays.copyOfRange(content, (int) offset, (int) offset + length);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) >= 0) {
                // Keep reading until the range is full; a short read is normal for large files.
            }
            if (buffer.hasRemaining()) {
                throw new IOException(file + " became shorter while it was uploaded; run deploy again");
            }
            return buffer.array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
