package dev.infractl.cli;

import dev.infractl.deploy.ProgressListener;
import dev.infractl.ui.DeployView;
import dev.infractl.ui.EnvironmentLines;
import dev.infractl.ui.EnvironmentTable;
import dev.infractl.ui.NdjsonDeploy;
import dev.infractl.ui.NdjsonProgress;
import dev.infractl.ui.PlainProgress;
import dev.infractl.ui.TextDeploy;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * One environment's share of the terminal in a several-environment run: NDJSON lines carry {@code "env"}, text
 * lines start with {@code [env]}; on a terminal its resources are a group of the shared live table.
 */
record EnvironmentOutput(String env, PrintWriter out, PrintWriter err, boolean json, Optional<EnvironmentTable> table)
        implements Output {

    static EnvironmentOutput of(String env, CommonOptions common, PrintWriter out, PrintWriter err,
                                Optional<EnvironmentTable> table) {
        PrintWriter marked = table.map(shared -> shared.above(env)).orElseGet(() -> EnvironmentLines.text(env, err));
        return new EnvironmentOutput(env, common.json() ? EnvironmentLines.json(env, out) : EnvironmentLines.text(env, out),
                marked, common.json(), table);
    }

    @Override
    public ProgressListener progress(CommonOptions common, TargetOptions target) {
        if (json) {
            return new NdjsonProgress(out);
        }
        String options = Renderers.targetOptions(common, target);
        return table.map(shared -> shared.listener(env, out, options)).orElseGet(() -> new PlainProgress(out, err, options));
    }

    @Override
    public DeployView deploy(CommonOptions common) {
        return json ? new NdjsonDeploy(out) : new TextDeploy(out, err, false);
    }
}
