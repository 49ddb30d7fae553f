package dev.infractl.ui;

import java.io.PrintWriter;
import java.io.StringWriter;

/** stdout and stderr of a renderer, as text. */
final class Captured {

    private final StringWriter outText = new StringWriter();
    private final StringWriter errText = new StringWriter();
    final PrintWriter out = new PrintWriter(outText, true);
    final PrintWriter err = new PrintWriter(errText, true);

    String out() {
        return outText.toString();
    }

    String err() {
        return errText.toString();
    }
}
