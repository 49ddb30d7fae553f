package dev.infractl.cli;

import dev.infractl.exec.CommonsExecProcessRunner;
import dev.infractl.exec.ProcessRunner;
import dev.infractl.template.CompilerEnvironment;
import dev.infractl.template.TemplateBuild;
import dev.infractl.template.TemplateCompiler;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Compile infra/provision/inference.bicep to inference.json, recording the Bicep's SHA-256.",
            "Compiler: --bicep, INFRACTL_BICEP, bicep on PATH, ~/.azure/bin/bicep, az bicep.",
            "Without one, checks that inference.json was compiled from this exact Bicep."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl build", "  infractl build --bicep ~/tools/bicep"})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--bicep", paramLabel = "PATH", description = "The Bicep compiler to use (else INFRACTL_BICEP, PATH, ...).")
    Path bicep;

    @Spec
    CommandSpec spec;

    /** Swapped by tests for a made-up PATH, home and cache; read when the command runs. */
    CompilerEnvironment environment;
    /** Swapped by tests; made when the command runs so that other commands never load commons-exec. */
    ProcessRunner runner;

    @Override
    public Integer call() {
        TemplateCompiler compiler = new TemplateCompiler(
                environment == null ? CompilerEnvironment.system() : environment, bicep,
                runner == null ? new CommonsExecProcessRunner() : runner, TemplateCompiler.DEFAULT_TIMEOUT);
        TemplateBuild.Result result = new TemplateBuild(compiler).run(common.project());
        new BuildReport(common.project(), spec.commandLine().getOut(), spec.commandLine().getErr())
                .print(result, common.json());
        return 0;
    }
}
