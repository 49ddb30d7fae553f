package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "infractl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Provision and feed a GPU inference endpoint on Azure Container Apps.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  infractl provision --local --yes        try everything against the local emulator",
            "  infractl params                         show every parameter, its value and where it comes from",
            "  infractl provision --resource-group rg-phi3 --location swedencentral",
            "  infractl deploy                         upload inference/ and restart the app",
            "",
            "Exit codes: 0 ok, 1 Azure refused or the deployment failed, 2 bad input (nothing sent),",
            "3 authentication, 4 timed out (still running), 5 interrupted (left running), 10 plan has changes.",
        })
public final class Main implements Runnable {

    private static final Class<?> COMPLETION = AutoComplete.GenerateCompletion.class;

    /** Every command, in the order --help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            InitCommand.class,
            ParamsCommand.class,
            BuildCommand.class,
            PlanCommand.class,
            ProvisionCommand.class,
            PricesCommand.class,
            StatusCommand.class,
            CancelCommand.class,
            DeployCommand.class,
            EndpointCommand.class,
            StopCommand.class,
            StartCommand.class,
            ScaleCommand.class,
            DownCommand.class,
            SmokeCommand.class,
            LogsCommand.class,
            EnvCommand.class,
            EmulatorCommand.class,
            COMPLETION);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        QuickExit.exit(run(args));
    }

    /** Runs one invocation and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** The whole command tree, as --help and generate-completion show it. */
    public static CommandLine commandLine() {
        return withCommands(COMMANDS);
    }

    /**
     * The tree one invocation needs. picocli builds each command's model by reflection when it is added (the
     * options of all 19 commands and their mixins were a third of --version's start-up), so a run that names its
     * command gets that command alone and --version none; anything else (no command, --help, a misspelt name,
     * generate-completion, which lists the others) gets the whole tree.
     */
    static CommandLine commandLine(String... args) {
        if (args.length == 1 && Set.of("-V", "--version").contains(args[0])) {
            return withCommands(List.of());
        }
        return withCommands(COMMANDS.stream().filter(command -> args.length > 0 && command != COMPLETION
                        && command.getAnnotation(Command.class).name().equals(args[0])).findFirst()
                .<List<Class<?>>>map(List::of).orElse(COMMANDS));
    }

    private static CommandLine withCommands(List<Class<?>> commands) {
        CommandLine commandLine = new CommandLine(new Main());
        commands.forEach(commandLine::addSubcommand);
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> {
            if (error instanceof InfractlException infractl) {
                ErrorReporter.report(infractl, cmd.getErr());
                return infractl.exitCode().code();
            }
            return ErrorReporter.unexpected(error, cmd.getParseResult() != null
                    && cmd.getParseResult().hasMatchedOption("--verbose"), cmd.getErr());
        });
        commandLine.setParameterExceptionHandler((error, args) -> {
            CommandLine cmd = error.getCommandLine();
            cmd.getErr().println("error: " + error.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(error, cmd.getErr());
            cmd.getErr().println("hint: see `" + cmd.getCommandSpec().qualifiedName() + " --help`");
            return ExitCode.BAD_INPUT.code();
        });
        Optional.ofNullable(commandLine.getSubcommands().get("generate-completion"))
                .ifPresent(completion -> completion.getCommandSpec().usageMessage().hidden(false));
        // every command answers --help and --version, whether or not its class asks for them
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        return commandLine;
    }
}
