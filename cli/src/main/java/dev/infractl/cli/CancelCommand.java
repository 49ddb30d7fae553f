package dev.infractl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.ProjectTag;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code infractl cancel}: cancel the project's running deployment. */
@Command(name = "cancel",
        description = "Cancel the project's running deployment. Resources already created stay.",
        footerHeading = "%nExamples:%n",
        footer = {"  infractl cancel", "  infractl cancel --resource-group rg-phi3"})
final class CancelCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TargetOptions target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectLayout project = common.project();
        var resolved = ProjectTarget.resolve(project, target, err);
        try (AzureSession session = AzureSession.open(common, target, System.getenv(), err)) {
            DeploymentTarget where = session.target(resolved, target.location(project));
            String name = session.projectDeployments(where, event -> { }, new Interruption())
                    .cancel(ProjectTag.of(project), where);
            if (common.json()) {
                ObjectNode line = JsonFiles.MAPPER.createObjectNode().put("event", "cancelRequested")
                        .put("deployment", name).put("resourceGroup", where.resourceGroup());
                out.println(line.toString());
            } else {
                out.println("Cancellation of deployment " + name + " requested; follow it with `infractl status --attach`.");
            }
            out.flush();
            return 0;
        }
    }
}
