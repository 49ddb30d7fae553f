package dev.infractl.cli;

import dev.infractl.config.EnvironmentTarget;
import dev.infractl.config.Environments;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code infractl env new NAME}: a folder for the environment and its target; nothing is sent to Azure. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create a named environment: .infractl/envs/NAME/env.json with its target. Nothing is created",
            "in Azure until `infractl provision --env NAME`."})
final class EnvNewCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "NAME", description = "Letters, digits, '-' and '_', such as dev, prod or prod-westus3.")
    String name;

    @Option(names = "--subscription", paramLabel = "ID", description = "The environment's subscription.")
    String subscription;

    @Option(names = "--resource-group", paramLabel = "NAME", description = "The environment's resource group.")
    String resourceGroup;

    @Option(names = "--location", paramLabel = "NAME", description = "The environment's region, such as westus3.")
    String location;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = new Environments(common.project()).create(name, new EnvironmentTarget(subscription, resourceGroup, location));
        spec.commandLine().getErr().println("Created environment " + name + " in " + common.project().relative(file.getParent())
                + "; provision it with `infractl provision --env " + name + "`.");
        spec.commandLine().getErr().flush();
        return 0;
    }
}
