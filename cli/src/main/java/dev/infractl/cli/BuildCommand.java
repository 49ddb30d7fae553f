package dev.infractl.cli;

import dev.infractl.template.TemplateBuild;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    TemplateOptions templates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TemplateBuild.Result result = new TemplateBuild(templates.compiler()).run(common.project());
        new BuildReport(common.project(), spec.commandLine().getOut(), spec.commandLine().getErr())
                .print(result, common.json());
        return 0;
    }
}
