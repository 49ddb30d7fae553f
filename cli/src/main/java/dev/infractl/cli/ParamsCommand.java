package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.config.ProjectLayout;
import dev.infractl.params.EvaluatedDefaults;
import dev.infractl.params.ExpressionDefaults;
import dev.infractl.params.ResolvedParameters;
import dev.infractl.reuse.Findings;
import dev.infractl.template.CompiledTemplate;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl params}: every template parameter, its effective value and where that value comes from. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {
            "Show every template parameter: NAME VALUE SOURCE. Later layers win:",
            "  template default < finetuning.parameters.json < finetuning.config.json",
            "  < inference.parameters.json < --parameters FILE... < --param NAME=VALUE...",
            "--param VALUE is read by the declared type (int, bool, JSON for arrays and",
            "objects); @file.json reads a JSON file for any type, @@ starts a literal @.",
            "$${VAR} in parameter files comes from the environment. Secure values show as ***.",
            "Everything that can be checked offline is checked; exit 2 lists every problem.",
            "The subscription and resource group in use, and notes, go to stderr.",
            "With --local, --arm-endpoint or --discover, what exists in the resource group is looked up first",
            "(the fine-tuning job's environment, GPU profile, storage link, workspace) and shown as (ARM)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  infractl params",
            "  infractl params --param maximumInstanceCount=3",
            "  infractl params --discover --resource-group rg-phi3",
            "  infractl params --param defaultCommands='[\"python app.py\"]'",
            "  infractl params --parameters ci.parameters.json --output json"})
final class ParamsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ParameterOptions parameters;

    @Mixin
    TargetOptions target;

    @Mixin
    TemplateOptions templates;

    @Option(names = "--discover", description = "Look up what exists in Azure (as plan and provision do) even"
            + " without --local or --arm-endpoint.")
    boolean discover;

    @Spec
    CommandSpec spec;

    /** INFRACTL_ACCESS_TOKEN and friends; tests substitute their own. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        ProjectLayout project = common.project();
        PrintWriter err = spec.commandLine().getErr();
        CompiledTemplate compiled = templates.compile(project, err);
        ResolvedParameters resolved = parameters.resolve(project, compiled.json(), target, target.regionCloud(),
                expressionDefaults());
        List<String> discoveryNotes = new ArrayList<>();
        if (discover || target.local() || target.armEndpoint() != null) {
            try (AzureSession session = AzureSession.open(common, target, environment, err)) {
                DeploymentInputs found = new DeploymentInputs(compiled, resolved, Findings.skipped(""))
                        .discover(session, project, parameters, target, err);
                resolved = found.parameters();
            } catch (InfractlException e) {
                if (e.exitCode() == ExitCode.BAD_INPUT) {
                    throw e;
                }
                discoveryNotes.add("discovery skipped: " + e.getMessage());
            }
        } else {
            discoveryNotes.add("discovery skipped: params runs offline; give --discover (or --local) to look up the"
                    + " fine-tuning job and existing resources, as plan and provision always do");
        }
        ParametersView view = new ParametersView(resolved);
        if (common.json()) {
            spec.commandLine().getOut().print(view.json());
        } else {
            spec.commandLine().getOut().print(view.table());
            spec.commandLine().getErr().print(view.target());
        }
        spec.commandLine().getErr().print(view.notes());
        discoveryNotes.forEach(note -> err.println("note: " + note));
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return 0;
    }

    /** Defaults written as expressions are worked out offline, as Resource Manager will. */
    private ExpressionDefaults expressionDefaults() {
        return new EvaluatedDefaults(target.location(common.project()));
    }
}
