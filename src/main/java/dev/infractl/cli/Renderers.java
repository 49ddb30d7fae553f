package dev.infractl.cli;

import dev.infractl.deploy.ProgressListener;
import dev.infractl.ui.LiveTable;
import dev.infractl.ui.NdjsonProgress;
import dev.infractl.ui.PlainProgress;
import java.io.PrintWriter;

/**
 * Picks the renderer: NDJSON for --output json, a live table on a terminal, plain lines otherwise (also
 * with --verbose, whose request lines would be overwritten by the table's redraws).
 */
final class Renderers {

    private Renderers() {
    }

    static ProgressListener of(CommonOptions common, PrintWriter out, PrintWriter err) {
        if (common.json()) {
            return new NdjsonProgress(out);
        }
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM")) && !common.verbose();
        return terminal ? new LiveTable(out, err, common.color()) : new PlainProgress(out, err);
    }
}
