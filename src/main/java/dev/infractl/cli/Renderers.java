package dev.infractl.cli;

import dev.infractl.deploy.ProgressListener;
import dev.infractl.ui.DeployView;
import dev.infractl.ui.LiveTable;
import dev.infractl.ui.NdjsonDeploy;
import dev.infractl.ui.NdjsonProgress;
import dev.infractl.ui.PlainProgress;
import dev.infractl.ui.TextDeploy;
import java.io.PrintWriter;

/** Picks how a command is drawn: NDJSON for --output json, redrawn in place on a terminal, plain lines otherwise. */
final class Renderers {

    private Renderers() {
    }

    /**
     * A deployment's progress. With --verbose, plain lines even on a terminal: the request lines would be
     * overwritten by the table's redraws.
     */
    static ProgressListener of(CommonOptions common, PrintWriter out, PrintWriter err) {
        if (common.json()) {
            return new NdjsonProgress(out);
        }
        return terminal() && !common.verbose() ? new LiveTable(out, err, common.color()) : new PlainProgress(out, err);
    }

    /** Deploy's sync and app start-up; a progress bar on a terminal. */
    static DeployView deploy(CommonOptions common, PrintWriter out, PrintWriter err) {
        if (common.json()) {
            return new NdjsonDeploy(out);
        }
        return new TextDeploy(out, err, terminal());
    }

    private static boolean terminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
