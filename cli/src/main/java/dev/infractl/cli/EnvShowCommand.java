package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.config.EnvironmentState;
import dev.infractl.config.Environments;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code infractl env show NAME}: one environment's target, files and outputs. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "One environment: its target, files and last outputs.")
final class EnvShowCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "NAME", description = "The environment.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Environments environments = new Environments(common.project());
        EnvironmentState state = environments.state(name);
        if (!environments.exists(name)) {
            throw InfractlException.badInput("no environment named " + name, null,
                    "`infractl env list` shows them; `infractl env new " + name + "` creates it");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(common.json() ? EnvironmentView.json(state) + System.lineSeparator()
                : EnvironmentView.details(state, common.project()));
        out.flush();
        return 0;
    }
}
