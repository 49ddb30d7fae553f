package dev.infractl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.ProjectLayout;
import dev.infractl.params.EvaluatedDefaults;
import dev.infractl.params.ExpressionDefaults;
import dev.infractl.params.ResolvedParameters;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
            "The subscription and resource group in use, and notes, go to stderr."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  infractl params",
            "  infractl params --param maximumInstanceCount=3",
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProjectLayout project = common.project();
        JsonNode template = templates.compile(project, spec.commandLine().getErr()).json();
        ResolvedParameters resolved = parameters.resolve(project, template, target, target.regionCloud(),
                expressionDefaults());
        ParametersView view = new ParametersView(resolved);
        if (common.json()) {
            spec.commandLine().getOut().print(view.json());
        } else {
            spec.commandLine().getOut().print(view.table());
            spec.commandLine().getErr().print(view.target());
        }
        spec.commandLine().getErr().print(view.notes());
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return 0;
    }

    /** Defaults written as expressions are worked out offline, as Resource Manager will. */
    private ExpressionDefaults expressionDefaults() {
        return new EvaluatedDefaults(target.location(common.project()));
    }
}
