package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.Plan;
import dev.infractl.deploy.Planner;
import dev.infractl.deploy.ProvisionRequest;
import dev.infractl.deploy.ResourceActions;
import dev.infractl.deploy.WaitOptions;
import dev.infractl.preflight.CostEstimator;
import dev.infractl.preflight.DeploymentFacts;
import dev.infractl.preflight.PlanReport;
import dev.infractl.preflight.PriceTable;
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
        description = {"Check everything offline, run the preflight (GPU quota and region, storage name, providers,",
            "rights), ask Azure to validate and preview the deployment (what-if), and estimate the cost: every",
            "resource with its resolved name and whether provision would create, update or reuse it. Changes nothing.",
            "Exits 1 when provision would fail."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl plan --local", "  infractl plan --detailed-exitcode   # exit 10 when provision would change something",
            "  infractl plan --all-envs            # every named environment, in parallel"})
final class PlanCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ParameterOptions parameters;

    @Mixin
    TargetOptions target;

    @Mixin
    TemplateOptions templates;

    @Mixin
    EnvironmentChoice environments;

    @Option(names = "--detailed-exitcode", description = "Exit 10 when the plan has changes, 0 when it has none.")
    boolean detailedExitCode;

    @Spec
    CommandSpec spec;

    /** INFRACTL_ACCESS_TOKEN and friends; tests substitute their own. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        return environments.run(spec, common, target, environment,
                (project, err) -> DeploymentInputs.check(project, templates.compile(project, err), parameters),
                (one, inputs, session, output, interruption) -> plan(common.project(), one, inputs, session,
                        output.out(), output.err()),
                this::planOne);
    }

    private int planOne(ProjectLayout project, PrintWriter out, PrintWriter err) {
        try (AzureSession session = AzureSession.open(common, target, environment, err)) {
            return plan(project, target, DeploymentInputs.resolve(project, templates, parameters, target, err), session,
                    out, err);
        }
    }

    private int plan(ProjectLayout project, TargetOptions target, DeploymentInputs resolved, AzureSession session,
                     PrintWriter out, PrintWriter err) {
        DeploymentInputs inputs = resolved.discover(session, project, parameters, target, err);
        ProvisionRequest request = inputs.request(session, project, target.location(project), WaitOptions.untilDone());
        ResourceActions resourceActions = new DiscoveredActions(inputs.findings().decisions());
        DeploymentTarget where = request.target();
        PreflightStep preflight = PreflightStep.run(session, request, false);
        Plan plan = new Planner(session.deployments(where),
                session.connection().whatIf(where.subscriptionId(), where.resourceGroup()),
                session.resourceGroups(where), Clock.systemUTC()).plan(where, request);
        DeploymentFacts facts = preflight.facts();
        PlanReport report = new PlanReport(plan, resourceActions.decide(where.resourceGroup(), facts.resources(),
                plan.resourceGroupExists(), plan.changes()), preflight.report(),
                CostEstimator.estimate(PriceTable.load(PreflightStep.pricesFile(project, session.local())),
                        facts.gpuProfile(), facts.region(), facts.maximumInstances()));
        if (common.json()) {
            out.println(PlanText.json(report).toString());
        } else {
            PlanText.lines(report).forEach(out::println);
            plan.failure().ifPresent(failure -> PlanText.failure(failure).forEach(err::println));
            if (!report.preflight().ok()) {
                err.println("error: preflight found " + report.preflight().failures().size()
                        + " problem(s); provision would create nothing");
            }
        }
        out.flush();
        err.flush();
        if (report.failed()) {
            return ExitCode.AZURE_FAILED.code();
        }
        return detailedExitCode && plan.hasChanges() ? ExitCode.CHANGES_PRESENT.code() : ExitCode.OK.code();
    }
}
