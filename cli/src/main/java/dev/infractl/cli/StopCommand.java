package dev.infractl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl stop}: stop the GPU meter by scaling the app to zero. */
@Command(name = "stop",
        description = {"Stop the GPU meter: scale the container app to zero replicas (minReplicas 0). With a dedicated",
            "GPU profile, also set the environment's node minimum to 0 when this project created the environment;",
            "an environment shared with fine-tuning is left alone unless --include-environment."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl stop", "  infractl stop --include-environment --output json"})
final class StopCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TargetOptions target;

    @Option(names = "--include-environment",
            description = "Also set the GPU profile's minimum to 0 in an environment this project did not create.")
    boolean includeEnvironment;

    @Mixin
    LockOptions locks;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MeterCommands.run(spec, common, target, locks, (meter, view) -> meter.stop(includeEnvironment, view::show));
    }
}
