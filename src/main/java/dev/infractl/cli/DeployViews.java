package dev.infractl.cli;

import dev.infractl.ui.DeployView;
import dev.infractl.ui.NdjsonDeploy;
import dev.infractl.ui.TextDeploy;
import java.io.PrintWriter;

/** Picks how deploy is drawn: NDJSON for --output json, a progress bar on a terminal, plain lines otherwise. */
final class DeployViews {

    private DeployViews() {
    }

    static DeployView of(CommonOptions common, PrintWriter out, PrintWriter err) {
        if (common.json()) {
            return new NdjsonDeploy(out);
        }
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new TextDeploy(out, err, terminal);
    }
}
