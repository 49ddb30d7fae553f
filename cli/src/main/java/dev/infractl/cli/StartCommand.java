package dev.infractl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl start}: keep at least one replica running again. */
@Command(name = "start",
        description = {"Start the app again after `infractl stop`: keep at least --min replicas (default 1) running.",
            "`infractl endpoint --wait` then waits until it answers."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl start", "  infractl start --min 2 && infractl endpoint --wait"})
final class StartCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TargetOptions target;

    @Option(names = "--min", paramLabel = "N", description = "Replicas to keep running (default: ${DEFAULT-VALUE}).")
    int min = 1;

    @Mixin
    LockOptions locks;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MeterCommands.run(spec, common, target, locks, (meter, view) -> meter.start(min, view::show));
    }
}
