package dev.infractl.deploy;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code status} and {@code cancel}: the project's latest deployment, found by its tag. */
public final class ProjectDeployments {

    private final DeploymentGateway gateway;
    private final ProgressListener listener;
    private final Polling polling;

    public ProjectDeployments(DeploymentGateway gateway, ProgressListener listener, Polling polling) {
        this.gateway = gateway;
        this.listener = listener;
        this.polling = polling;
    }

    /**
     * Shows the latest deployment; with {@code attach} follows it to the end and, when it succeeds, merges
     * its outputs into the config file like provision does.
     */
    public ProvisionEvent.Finished status(ProjectTag project, DeploymentTarget target, boolean attach, Path configFile) {
        DeploymentSummary latest = latest(project, target);
        if (attach) {
            ConfigOutputs.checkWritable(configFile);
        }
        listener.on(new ProvisionEvent.Submitted(polling.clock().instant(), latest.name(), target.resourceGroup(),
                target.portalLink(latest.name()), true));
        WaitOptions options = attach ? WaitOptions.untilDone()
                : new WaitOptions(true, Optional.of(Duration.ZERO), false);
        DeploymentWatch.Outcome outcome = new DeploymentWatch(gateway, listener, polling).follow(latest.name(), options);
        ProvisionEvent.Finished finished = Endings.of(polling.clock().instant(), outcome, target);
        if (attach) {
            return ConfigOutputs.finish(finished, configFile, target, listener);
        }
        if (finished.reason() == StopReason.TIMED_OUT) {
            finished = new ProvisionEvent.Finished(finished.at(), finished.deploymentName(), finished.state(),
                    StopReason.NOT_WAITING, finished.outputs(), finished.failure(), finished.portalLink());
        }
        listener.on(finished);
        return finished;
    }

    /** Cancels the latest deployment when it is still running; returns its name. */
    public String cancel(ProjectTag project, DeploymentTarget target) {
        DeploymentSummary latest = latest(project, target);
        if (latest.state().isTerminal()) {
            throw new InfractlException(ExitCode.AZURE_FAILED, "deployment " + latest.name()
                    + " is not running (it ended " + latest.state().armName() + ")",
                    "nothing to cancel; see it with `infractl status`");
        }
        gateway.cancel(latest.name());
        return latest.name();
    }

    private DeploymentSummary latest(ProjectTag project, DeploymentTarget target) {
        return gateway.latest(project).orElseThrow(() -> InfractlException.badInput(
                "no deployment of project " + project.value() + " in resource group " + target.resourceGroup(), null,
                "run `infractl provision` first, or check --resource-group and --subscription"));
    }
}
