package dev.infractl.deploy;

import dev.infractl.Background;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The provision flow: resource group and validation (overlapped: both only read; the validation may have been
 * started earlier still, see {@link EarlyValidation}), then, holding the project's
 * lock, one last look at the project's deployments right before the PUT (attach to one that runs, or submit a
 * new one), follow it, and merge its outputs into the config file. Emits events; never prints.
 */
public final class Provisioner {

    private final DeploymentGateway gateway;
    private final ResourceGroups groups;
    private final ProgressListener listener;
    private final Confirmation confirmation;
    private final Polling polling;
    private final RunLock lock;
    private final EarlyValidation early;

    public Provisioner(DeploymentGateway gateway, ResourceGroups groups, ProgressListener listener,
                       Confirmation confirmation, Polling polling) {
        this(gateway, groups, listener, confirmation, polling, RunLock.NONE);
    }

    public Provisioner(DeploymentGateway gateway, ResourceGroups groups, ProgressListener listener,
                       Confirmation confirmation, Polling polling, RunLock lock) {
        this(gateway, groups, listener, confirmation, polling, lock, EarlyValidation.NONE);
    }

    private Provisioner(DeploymentGateway gateway, ResourceGroups groups, ProgressListener listener,
                        Confirmation confirmation, Polling polling, RunLock lock, EarlyValidation early) {
        this.gateway = gateway;
        this.groups = groups;
        this.listener = listener;
        this.confirmation = confirmation;
        this.polling = polling;
        this.lock = lock;
        this.early = early;
    }

    /** This provisioner, taking ARM's answer from a validation already sent when it is about the same deployment. */
    public Provisioner validatedEarly(EarlyValidation validation) {
        return new Provisioner(gateway, groups, listener, confirmation, polling, lock, validation);
    }

    /** Runs the flow; the returned event (also emitted) says how it ended and which exit code fits. */
    public ProvisionEvent.Finished provision(ProvisionRequest request) {
        ConfigOutputs.checkWritable(request.configFile());
        DeploymentTarget target = request.target();
        DeploymentRequest wanted = request.deployment(DeploymentNames.at(polling.clock().instant()));
        Optional<EarlyValidation.Answer> validatedEarly = early.answering(wanted);
        DeploymentRequest deployment = validatedEarly.map(EarlyValidation.Answer::request).orElse(wanted);
        String name = deployment.name();
        CompletableFuture<Optional<ArmError>> validation = validatedEarly.map(EarlyValidation.Answer::answer)
                .orElseGet(() -> Background.supply("infractl-validate", () -> gateway.validate(deployment)));
        boolean created = ensureResourceGroup(target);
        // a group created just now held nothing to validate against before
        Optional<ArmError> invalid = created ? gateway.validate(deployment) : Background.join(validation);
        if (invalid.isPresent()) {
            return emit(Endings.rejected(polling.clock().instant(), name, invalid.get(), target));
        }
        listener.on(new ProvisionEvent.Validated(polling.clock().instant(), name));
        if (polling.interruption().requested()) {
            throw new InfractlException(ExitCode.INTERRUPTED, "interrupted before submitting; nothing was deployed",
                    "run `infractl provision` again when ready");
        }
        Optional<DeploymentSummary> running;
        Optional<ArmError> refused;
        RunLock.Held held = lock.acquire();
        try {
            // even right after creating the group: another run may have created it a moment earlier
            running = running(request);
            refused = running.isPresent() ? Optional.empty() : gateway.submit(deployment);
        } finally {
            held.close();
        }
        if (running.isPresent()) {
            return attach(running.get(), request);
        }
        if (refused.isPresent()) {
            Optional<DeploymentSummary> active = refused.get().mentions("DeploymentActive") ? running(request) : Optional.empty();
            return active.map(found -> attach(found, request))
                    .orElseGet(() -> emit(Endings.rejected(polling.clock().instant(), name, refused.get(), target)));
        }
        return follow(name, ProvisioningState.ACCEPTED, false, request);
    }

    /**
     * The deployment of this project to follow instead of submitting: one still running, or one that the run this
     * one waited for made meanwhile, with what this run asks for.
     */
    private Optional<DeploymentSummary> running(ProvisionRequest request) {
        return gateway.latest(request.project()).filter(found -> !found.state().isTerminal()
                || request.waitedSince().filter(since -> found.state() == ProvisioningState.SUCCEEDED
                        && !found.timestamp().isBefore(since)
                        && ParameterDrift.between(request.template(), request.parameters(), found.parameters()).isEmpty())
                .isPresent());
    }

    /** Follows a deployment of this project that already runs, unless it runs with other parameters than asked. */
    private ProvisionEvent.Finished attach(DeploymentSummary running, ProvisionRequest request) {
        List<String> differences = ParameterDrift.between(request.template(), request.parameters(), running.parameters());
        if (!differences.isEmpty() && !request.attachAnyway()) {
            throw new InfractlException(ExitCode.AZURE_FAILED, "deployment " + running.name() + " of this project is "
                    + "still running with other parameters than this run asks for; nothing was sent:\n  "
                    + String.join("\n  ", differences),
                    "wait for it with `infractl status --attach` and provision again, stop it with `infractl cancel`, "
                            + "or pass --attach-anyway to follow it without your changes");
        }
        return follow(running.name(), running.state(), true, request);
    }

    private ProvisionEvent.Finished follow(String name, ProvisioningState known, boolean attached, ProvisionRequest request) {
        DeploymentTarget target = request.target();
        listener.on(new ProvisionEvent.Submitted(polling.clock().instant(), name, target.resourceGroup(),
                target.portalLink(name), attached));
        if (!request.waiting().follow()) {
            return emit(new ProvisionEvent.Finished(polling.clock().instant(), name, known,
                    StopReason.NOT_WAITING, Map.of(), Optional.empty(), target.portalLink(name)));
        }
        DeploymentWatch.Outcome outcome = new DeploymentWatch(gateway, listener, polling).follow(name, request.waiting());
        return ConfigOutputs.finish(Endings.of(polling.clock().instant(), outcome, target), request.configFile(), target,
                listener);
    }

    /** Creates the group when it is missing; true when it did (so it holds no deployment yet). */
    private boolean ensureResourceGroup(DeploymentTarget target) {
        String group = target.resourceGroup();
        if (groups.exists(group)) {
            return false;
        }
        if (target.location() == null || target.location().isBlank()) {
            throw InfractlException.badInput("resource group " + group + " does not exist", null,
                    "give --location REGION to create it (for example --location swedencentral)");
        }
        if (!confirmation.confirm("Create resource group " + group + " in " + target.location() + "?")) {
            throw InfractlException.badInput("resource group " + group + " does not exist and was not created", null,
                    "pass --yes to create it without asking, or create it with `az group create`");
        }
        groups.create(group, target.location());
        listener.on(new ProvisionEvent.ResourceGroupCreated(polling.clock().instant(), group, target.location()));
        return true;
    }

    private ProvisionEvent.Finished emit(ProvisionEvent.Finished finished) {
        listener.on(finished);
        return finished;
    }
}
