package dev.infractl.cli;

import dev.infractl.config.Environments;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code infractl env remove NAME}: forget the environment's local state; its Azure resources stay. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Forget a named environment: deletes .infractl/envs/NAME/ (target, parameters, outputs).",
            "It never deletes Azure resources: the resource group and everything in it stay."})
final class EnvRemoveCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "NAME", description = "The environment.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Environments environments = new Environments(common.project());
        String group = environments.state(name).target().resourceGroup();
        Path folder = environments.remove(name);
        spec.commandLine().getErr().println("Removed " + common.project().relative(folder) + ". Nothing was deleted in Azure: "
                + (group == null ? "its resources" : "resource group " + group + " and its resources") + " stay"
                + " (delete them in the portal or with `az group delete` when no longer needed).");
        spec.commandLine().getErr().flush();
        return 0;
    }
}
