package dev.infractl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.InfractlException;
import dev.infractl.SourceLocation;
import dev.infractl.config.JsonFiles;
import dev.infractl.config.ProjectLayout;
import dev.infractl.params.ExpressionDefaults;
import dev.infractl.params.ParameterRequest;
import dev.infractl.params.ParameterResolver;
import dev.infractl.params.ResolvedParameters;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProjectLayout project = common.project();
        Path templateFile = project.compiledTemplate();
        ParameterRequest request = new ParameterRequest(project, template(project), templateFile,
                parameters.parameterFiles(), parameters.params(), target.subscription(), target.resourceGroup(),
                target.location(), target.armEndpoint() == null ? target.cloud() : null);
        ResolvedParameters resolved = new ParameterResolver(System.getenv(), Path.of(System.getProperty("user.home")),
                expressionDefaults()).resolve(request);
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

    /** Seam: the committed compiled template for now; the lead switches this to dev.infractl.template.TemplateCompiler. */
    private static JsonNode template(ProjectLayout project) {
        Path file = project.compiledTemplate();
        if (!Files.isRegularFile(file)) {
            throw InfractlException.badInput("no compiled template in " + project.root(), SourceLocation.of(file),
                    "run `infractl init` to write the template into the project, or pass -C with the project folder");
        }
        return JsonFiles.read(file);
    }

    /** Seam: expression defaults stay as written until the lead backs this with dev.infractl.arm.TemplateEvaluator. */
    private static ExpressionDefaults expressionDefaults() {
        return ExpressionDefaults.NOT_EVALUATED;
    }
}
