package dev.infractl.cli;

import dev.infractl.config.ProjectLayout;
import dev.infractl.template.BundledTemplate;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write the bundled template (inference.bicep, inference.parameters.json, inference.json)"
                + " into <project>/infra/provision/.",
        footerHeading = "%nExamples:%n",
        footer = {"  infractl init", "  infractl init -C ~/projects/phi3 --force"})
final class InitCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--force", description = "Replace existing files that differ from the bundled ones.")
    boolean force;

    @Spec
    CommandSpec spec;

    /** Swapped by tests for a bundle of their own. */
    BundledTemplate bundle = BundledTemplate.standard();

    @Override
    public Integer call() {
        ProjectLayout project = common.projectToCreate();
        BundledTemplate.Installed installed = bundle.writeInto(project.provisionDir(), force);
        PrintWriter out = spec.commandLine().getOut();
        installed.written().forEach(file -> out.println("wrote " + project.relative(file)));
        installed.unchanged().forEach(file -> out.println("unchanged " + project.relative(file)));
        out.flush();
        return 0;
    }
}
