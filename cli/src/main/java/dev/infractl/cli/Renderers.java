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
        return of(common, null, out, err);
    }

    /** Like {@link #of(CommonOptions, PrintWriter, PrintWriter)}, its hints repeating the target options given. */
    static ProgressListener of(CommonOptions common, TargetOptions target, PrintWriter out, PrintWriter err) {
        if (common.json()) {
            return new NdjsonProgress(out);
        }
        String options = target == null ? "" : targetOptions(common, target);
        return terminal() && !common.verbose() ? new LiveTable(out, err, common.color(), options)
                : new PlainProgress(out, err, options);
    }

    /**
     * The options that pick what a follow-up command works on, as the user gave them: -C, --local,
     * --env, --subscription, --resource-group, --arm-endpoint, --ca-cert.
     */
    static String targetOptions(CommonOptions common, TargetOptions target) {
        StringBuilder options = new StringBuilder();
        if (!common.projectDir.toString().isEmpty()) {
            options.append(" -C ").append(quoted(common.projectDir.toString()));
        }
        if (target.local()) {
            options.append(" --local");
        } else {
            append(options, "--env", target.environment());
        }
        append(options, "--subscription", target.subscription());
        append(options, "--resource-group", target.resourceGroup());
        append(options, "--arm-endpoint", target.armEndpoint());
        append(options, "--ca-cert", target.caCert() == null ? null : target.caCert().toString());
        return options.toString();
    }

    private static void append(StringBuilder options, String name, String value) {
        if (value != null) {
            options.append(' ').append(name).append(' ').append(quoted(value));
        }
    }

    private static String quoted(String value) {
        return value.matches("[A-Za-z0-9_./:@=+-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }

    /** Deploy's sync and app start-up; a progress bar on a terminal. */
    static DeployView deploy(CommonOptions common, PrintWriter out, PrintWriter err) {
        if (common.json()) {
            return new NdjsonDeploy(out);
        }
        return new TextDeploy(out, err, terminal());
    }

    static boolean terminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
