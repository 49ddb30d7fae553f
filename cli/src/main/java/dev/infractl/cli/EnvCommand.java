package dev.infractl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code infractl env}: the project's named environments, kept under .infractl/envs/NAME/. */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = {"Named environments (dev, prod, a second region) side by side in one project. Each keeps its",
            "target (env.json), its own parameter values (parameters.json, between inference.parameters.json and",
            "--parameters) and its outputs (inference.config.json) in .infractl/envs/NAME/; select one with",
            "--env NAME or INFRACTL_ENV on any command."},
        subcommands = {EnvListCommand.class, EnvNewCommand.class, EnvShowCommand.class, EnvRemoveCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl env new prod --subscription ID --resource-group rg-phi3-prod --location westus3",
            "  infractl provision --env prod",
            "  infractl env list"})
final class EnvCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list, new, show or remove");
    }
}
