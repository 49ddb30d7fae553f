package dev.infractl.cli;

import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.ProjectTag;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl status}: the project's latest deployment; --attach follows it to the end. */
@Command(name = "status",
        description = {"Show the project's latest deployment and its resources; --attach follows it until it ends",
            "and, when it succeeds, writes its outputs to infra/inference.config.json like provision (--local:",
            ".infractl/envs/local/inference.config.json)."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl status", "  infractl status --attach --output json"})
final class StatusCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TargetOptions target;

    @Option(names = "--attach", description = "Follow the deployment until it ends (Ctrl-C stops following).")
    boolean attach;

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
            Interruption interruption = new Interruption();
            return InterruptSignal.during(interruption, () -> session.projectDeployments(where,
                    Renderers.of(common, target, out, err), interruption)
                    .status(ProjectTag.of(project), where, attach, target.config(project).file()).exitCode().code());
        }
    }
}
