package dev.infractl.cli;

import dev.infractl.app.AppScale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl scale --min N --max M}: the app's replica range. */
@Command(name = "scale",
        description = {"Set how many replicas the app keeps at least (--min) and may run at most (--max).",
            "Every running GPU replica is on the meter; --min 0 lets it scale to zero when idle."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl scale --min 0 --max 2", "  infractl scale --min 1 --max 1"})
final class ScaleCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TargetOptions target;

    @Option(names = "--min", required = true, paramLabel = "N", description = "Replicas kept running at least.")
    int min;

    @Option(names = "--max", required = true, paramLabel = "M", description = "Replicas run at most.")
    int max;

    @Mixin
    LockOptions locks;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AppScale wanted = AppScale.checked(min, max);
        return MeterCommands.run(spec, common, target, locks, (meter, view) -> meter.scale(wanted, view::show));
    }
}
