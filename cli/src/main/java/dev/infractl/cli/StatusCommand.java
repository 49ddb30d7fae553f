package dev.infractl.cli;

import dev.infractl.InfractlException;
import dev.infractl.app.AppStatus;
import dev.infractl.app.PriceTable;
import dev.infractl.preflight.CostEstimator;
import dev.infractl.azure.AzureAppScaling;
import dev.infractl.config.ConfigFile;
import dev.infractl.config.ConfigKey;
import dev.infractl.config.ProjectLayout;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.Interruption;
import dev.infractl.deploy.ProjectTag;
import dev.infractl.ui.AppStatusView;
import java.io.PrintWriter;
import java.util.Map;
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
            showApp(project, session, out, err);
            Interruption interruption = new Interruption();
            return InterruptSignal.during(interruption, () -> session.projectDeployments(where,
                    Renderers.of(common, target, out, err), interruption)
                    .status(ProjectTag.of(project), where, attach, target.config(project).file()).exitCode().code());
        }
    }

    /**
     * The app's replicas, profile and cost, when the config names it; a failure here is a warning, since the
     * deployment's status is what the command is for.
     */
    private void showApp(ProjectLayout project, AzureSession session, PrintWriter out, PrintWriter err) {
        Map<String, String> config = ConfigFile.read(target.config(project).file());
        String app = config.get(ConfigKey.ACA_APP_NAME.name());
        String subscription = target.subscription() != null ? target.subscription() : config.get(ConfigKey.SUBSCRIPTION_ID.name());
        String group = target.resourceGroup() != null ? target.resourceGroup() : config.get(ConfigKey.RESOURCE_GROUP_NAME.name());
        if (app == null || subscription == null || group == null) {
            return;
        }
        try {
            AppStatusView.show(AppStatus.of(new AzureAppScaling(session.connection(), subscription, group, app),
                    prices(project)), out, common.json());
        } catch (InfractlException e) {
            err.println("warning: cannot read container app " + app + ": " + e.getMessage());
            err.flush();
        }
    }

    /**
     * Preflight's price table (what `prices --refresh` fetched, else the one shipped in the jar) per GPU node or
     * replica; a profile or region it has no figure for is unknown, never guessed.
     */
    PriceTable prices(ProjectLayout project) {
        var table = dev.infractl.preflight.PriceTable.load(PreflightStep.pricesFile(project, target.local()));
        return (profileType, region) -> CostEstimator.perInstanceHour(table, profileType, region);
    }
}
