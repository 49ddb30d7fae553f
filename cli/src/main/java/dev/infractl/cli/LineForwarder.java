package dev.infractl.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A PrintStream whose complete lines go to a PrintWriter, so --verbose lands on the command's stderr. */
final class LineForwarder extends OutputStream {

    private final PrintWriter writer;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private LineForwarder(PrintWriter writer) {
        this.writer = writer;
    }

    static PrintStream to(PrintWriter writer) {
        return new PrintStream(new LineForwarder(writer), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            writer.println(line.toString(StandardCharsets.UTF_8));
            writer.flush();
            line.reset();
        } else {
            line.write(b);
        }
    }
}
