package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.Plan;
import dev.infractl.deploy.Planner;
import dev.infractl.deploy.ProvisionRequest;
import dev.infractl.deploy.WaitOptions;
import dev.infractl.ui.PlanText;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl plan}: what provision would do, without changing anything. */
@Command(name = "plan",
        description = {"Check everything offline, then ask Azure to validate the deployment and preview it (what-if):",
            "which resources provision would create, modify or leave alone. Changes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl plan --local", "  infractl plan --detailed-exitcode   # exit 10 when provision would change something"})
final class PlanCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ParameterOptions parameters;

    @Mixin
    TargetOptions target;

    @Mixin
    TemplateOptions templates;

    @Option(names = "--detailed-exitcode", description = "Exit 10 when the plan has changes, 0 when it has none.")
    boolean detailedExitCode;

    @Spec
    CommandSpec spec;

    /** INFRACTL_ACCESS_TOKEN and friends; tests substitute their own. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectLayout project = common.project();
        try (AzureSession session = AzureSession.open(common, target, environment, err)) {
            ProvisionRequest request = DeploymentInputs.resolve(project, templates, parameters, target, err)
                    .request(session, project, target.location(project), WaitOptions.untilDone());
            DeploymentTarget where = request.target();
            Plan plan = new Planner(session.deployments(where),
                    session.connection().whatIf(where.subscriptionId(), where.resourceGroup()),
                    session.resourceGroups(where), Clock.systemUTC()).plan(where, request);
            if (common.json()) {
                out.println(PlanText.json(plan).toString());
            } else if (plan.failure().isPresent()) {
                PlanText.failure(plan.failure().get()).forEach(err::println);
            } else {
                PlanText.lines(plan).forEach(out::println);
            }
            out.flush();
            err.flush();
            if (plan.failure().isPresent()) {
                return ExitCode.AZURE_FAILED.code();
            }
            return detailedExitCode && plan.hasChanges() ? ExitCode.CHANGES_PRESENT.code() : ExitCode.OK.code();
        }
    }
}
