package dev.infractl.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.infractl.config.EnvironmentState;
import dev.infractl.config.Environments;
import dev.infractl.config.JsonFiles;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code infractl env list}: every environment, its target and whether it has been provisioned. Reads files only. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "The project's named environments: target, and the outputs of the last provision (from files, no network).")
final class EnvListCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Environments environments = new Environments(common.project());
        List<EnvironmentState> states = environments.names().stream().map(environments::state).toList();
        if (common.json()) {
            ArrayNode list = JsonFiles.MAPPER.createArrayNode();
            states.forEach(state -> list.add(EnvironmentView.json(state)));
            out.println(JsonFiles.MAPPER.createObjectNode().set("environments", list));
        } else if (states.isEmpty()) {
            spec.commandLine().getErr().println("No named environments; create one with `infractl env new NAME`.");
        } else {
            out.print(EnvironmentView.table(states));
        }
        out.flush();
        return 0;
    }
}
