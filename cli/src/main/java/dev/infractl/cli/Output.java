package dev.infractl.cli;

import dev.infractl.deploy.ProgressListener;
import dev.infractl.ui.DeployView;
import java.io.PrintWriter;

/** Where a command draws: the whole terminal, or one environment's marked share of it in a several-environment run. */
interface Output {

    /** Results and --output json. */
    PrintWriter out();

    /** Progress, notes and errors. */
    PrintWriter err();

    /** How a deployment's progress is drawn. */
    ProgressListener progress(CommonOptions common, TargetOptions target);

    /** How deploy's sync and app start-up are drawn. */
    DeployView deploy(CommonOptions common);

    /** The command's own streams, drawn as {@link Renderers} picks. */
    static Output whole(PrintWriter out, PrintWriter err) {
        return new Output() {
            @Override
            public PrintWriter out() {
                return out;
            }

            @Override
            public PrintWriter err() {
                return err;
            }

            @Override
            public ProgressListener progress(CommonOptions common, TargetOptions target) {
                return Renderers.of(common, target, out, err);
            }

            @Override
            public DeployView deploy(CommonOptions common) {
                return Renderers.deploy(common, out, err);
            }
        };
    }
}
