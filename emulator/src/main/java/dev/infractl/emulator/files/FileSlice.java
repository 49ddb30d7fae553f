package dev.infractl.emulator.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A byte range of a stored file, streamed into a response without loading it into memory. */
record FileSlice(Path file, long offset, long length) {

    void writeTo(OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            var target = Channels.newChannel(out);
            long position = offset;
            long end = offset + length;
            while (position < end) {
                position += channel.transferTo(position, end - position, target);
            }
        }
    }
}
