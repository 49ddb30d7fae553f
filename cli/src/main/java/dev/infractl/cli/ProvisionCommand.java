package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.config.JsonFiles;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentNames;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.EarlyGroupCheck;
import dev.infractl.deploy.EarlyValidation;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.Polling;
import dev.infractl.deploy.ProjectLock;
import dev.infractl.deploy.ProvisionEvent;
import dev.infractl.deploy.ProvisionRequest;
import dev.infractl.deploy.Provisioner;
import dev.infractl.deploy.ResourceGroups;
import dev.infractl.deploy.RunLock;
import dev.infractl.deploy.StopReason;
import dev.infractl.deploy.WaitOptions;
import dev.infractl.preflight.PreflightReport;
import dev.infractl.ui.PreflightText;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code infractl provision}: deploy the template and write its outputs to infra/inference.config.json. */
@Command(name = "provision",
        description = {"Deploy the inference template to a resource group and write its outputs to",
            "infra/inference.config.json (keys you added stay; --local writes .infractl/envs/local/ instead).",
            "Runs the preflight first (GPU quota and region, storage name, providers, rights; when it fails nothing",
            "is created, exit 1), validates, shows every resource while it is created, and attaches to a deployment",
            "of this project that is already running.",
            "Ctrl-C leaves the deployment running (re-attach with `infractl status --attach`).",
            "With --env more than once or --all-envs, the environments run in parallel after all are checked."},
        footerHeading = "%nExamples:%n",
        footer = {"  infractl provision --local --yes",
            "  infractl provision --resource-group rg-phi3 --location swedencentral",
            "  infractl provision --no-wait --output json",
            "  infractl provision --timeout 30m --cancel-on-interrupt",
            "  infractl provision --env dev --env prod --yes   # both at once; exit code: the worst of them"})
final class ProvisionCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ParameterOptions parameters;

    @Mixin
    TargetOptions target;

    @Mixin
    TemplateOptions templates;

    @Option(names = {"-y", "--yes"}, description = "Create a missing resource group without asking.")
    boolean yes;

    @Option(names = "--no-wait", description = "Return right after the deployment is submitted.")
    boolean noWait;

    @Option(names = "--timeout", paramLabel = "DUR", converter = DurationConverter.class,
            description = "Stop waiting after this long (90s, 30m, 1h); exit 4, the deployment goes on.")
    Duration timeout;

    @Option(names = "--attach-anyway",
            description = "Follow a running deployment of this project even when it runs with other parameters.")
    boolean attachAnyway;

    @Mixin
    LockOptions locks;

    @Mixin
    EnvironmentChoice environments;

    @Option(names = "--cancel-on-interrupt", description = "Ctrl-C cancels the deployment instead of leaving it running.")
    boolean cancelOnInterrupt;

    @Option(names = "--skip-preflight", description = "Do not check GPU quota, region, names, providers and rights first.")
    boolean skipPreflight;

    @Option(names = "--register-providers", description = "Register the resource providers the template needs when"
            + " the preflight finds them unregistered.")
    boolean registerProviders;

    @Spec
    CommandSpec spec;

    /** INFRACTL_ACCESS_TOKEN and friends; tests substitute their own. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        return environments.run(spec, common, target, environment,
                (project, err) -> DeploymentInputs.check(project, templates.compile(project, err), parameters),
                (one, inputs, session, output, interruption) -> provision(common.project(), one, inputs, session,
                        locks.lock(common.project(), one, "provision", interruption, output.err()), output, interruption),
                this::provisionOne);
    }

    private int provisionOne(ProjectLayout project, PrintWriter out, PrintWriter err) {
        Interruption interruption = new Interruption();
        ProjectLock lock = locks.lock(project, target, "provision", interruption, err);
        // the emulator of --local lives in this process, so its deployment cannot be attached to from another:
        // the lock is held for the whole run; on Azure only from the last look at the deployments to the PUT
        RunLock.Held whole = target.local() ? lock.acquire() : RunLock.NONE.acquire();
        try (AzureSession session = AzureSession.open(common, target, environment, err)) {
            DeploymentInputs inputs = DeploymentInputs.resolve(project, templates, parameters, target, err);
            return provision(project, target, inputs, session, lock, Output.whole(out, err), interruption);
        } finally {
            whole.close();
        }
    }

    /** One environment's provision, from looking up what exists to writing its config. */
    private int provision(ProjectLayout project, TargetOptions target, DeploymentInputs inputs, AzureSession session,
                          ProjectLock lock, Output output, Interruption interruption) {
        PrintWriter out = output.out();
        PrintWriter err = output.err();
        WaitOptions waiting = new WaitOptions(!noWait, Optional.ofNullable(timeout), cancelOnInterrupt);
        String location = target.location(project);
        // ARM validates while discovery looks: the answer counts when discovery changes no parameter
        EarlyValidation[] early = {EarlyValidation.NONE};
        ResourceGroups[] groups = {null};
        ProvisionRequest request = inputs.discover(session, project, parameters, target, err, unchanged -> {
                    ProvisionRequest guess = unchanged.request(session, project, location, waiting);
                    groups[0] = EarlyGroupCheck.start(session.resourceGroups(guess.target()),
                            guess.target().resourceGroup());
                    early[0] = EarlyValidation.start(session.deployments(guess.target()),
                            guess.deployment(DeploymentNames.at(Instant.now())));
                })
                .request(session, project, location, waiting)
                .withAttachAnyway(attachAnyway).withWaitedSince(lock.waitedSince());
        DeploymentTarget where = request.target();
        if (!skipPreflight && !preflightPassed(session, request, out, err)) {
            return ExitCode.AZURE_FAILED.code();
        }
        ProvisionEvent.Finished finished = InterruptSignal.during(interruption, () -> new Provisioner(
                session.deployments(where), groups[0] == null ? session.resourceGroups(where) : groups[0],
                output.progress(common, target),
                new TerminalConfirmation(yes), Polling.real(interruption), target.local() ? RunLock.NONE : lock)
                .validatedEarly(early[0]).provision(request));
        if (!common.json() && finished.reason() == StopReason.COMPLETED && finished.failure().isEmpty()) {
            err.println("Wrote " + project.relative(session.config().file()) + ".");
            err.flush();
        }
        return finished.exitCode().code();
    }

    /** Runs the preflight and shows it; false (after saying why) when provision must not go on. */
    private boolean preflightPassed(AzureSession session, ProvisionRequest request, PrintWriter out, PrintWriter err) {
        PreflightReport report = PreflightStep.run(session, request, registerProviders).report();
        if (common.json()) {
            out.println(PreflightText.event(report));
            if (!report.ok()) {
                out.println(JsonFiles.MAPPER.createObjectNode().put("event", "finished").put("status", "PreflightFailed")
                        .put("resourceGroup", request.target().resourceGroup()));
            }
        } else if (report.ok()) {
            err.println(PreflightText.passed(report));
        } else {
            PreflightText.failure(report).forEach(err::println);
        }
        out.flush();
        err.flush();
        return report.ok();
    }
}
