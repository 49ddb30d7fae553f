package dev.infractl.deploy;

import dev.infractl.InfractlException;
import java.util.Map;
import java.util.Optional;

/**
 * The provision flow: resource group, attach to a running deployment of the project or validate and
 * submit a new one, follow it, and merge its outputs into the config file. Emits events; never prints.
 */
public final class Provisioner {

    private final DeploymentGateway gateway;
    private final ResourceGroups groups;
    private final ProgressListener listener;
    private final Confirmation confirmation;
    private final Polling polling;

    public Provisioner(DeploymentGateway gateway, ResourceGroups groups, ProgressListener listener,
                       Confirmation confirmation, Polling polling) {
        this.gateway = gateway;
        this.groups = groups;
        this.listener = listener;
        this.confirmation = confirmation;
        this.polling = polling;
    }

    /** Runs the flow; the returned event (also emitted) says how it ended and which exit code fits. */
    public ProvisionEvent.Finished provision(ProvisionRequest request) {
        DeploymentTarget target = request.target();
        boolean created = ensureResourceGroup(target);
        Optional<DeploymentSummary> running = created ? Optional.empty()
                : gateway.latest(request.project()).filter(found -> !found.state().isTerminal());
        if (running.isPresent()) {
            return follow(running.get().name(), true, request);
        }
        String name = DeploymentNames.at(polling.clock().instant());
        DeploymentRequest deployment = new DeploymentRequest(name, request.template(), request.parameters(),
                request.project().asTags());
        Optional<ArmError> invalid = gateway.validate(deployment);
        if (invalid.isPresent()) {
            return emit(Endings.rejected(polling.clock().instant(), name, invalid.get(), target));
        }
        listener.on(new ProvisionEvent.Validated(polling.clock().instant(), name));
        Optional<ArmError> refused = gateway.submit(deployment);
        if (refused.isPresent()) {
            Optional<DeploymentSummary> active = refused.get().mentions("DeploymentActive")
                    ? gateway.latest(request.project()).filter(found -> !found.state().isTerminal()) : Optional.empty();
            return active.map(found -> follow(found.name(), true, request))
                    .orElseGet(() -> emit(Endings.rejected(polling.clock().instant(), name, refused.get(), target)));
        }
        return follow(name, false, request);
    }

    private ProvisionEvent.Finished follow(String name, boolean attached, ProvisionRequest request) {
        DeploymentTarget target = request.target();
        listener.on(new ProvisionEvent.Submitted(polling.clock().instant(), name, target.resourceGroup(),
                target.portalLink(name), attached));
        if (!request.waiting().follow()) {
            return emit(new ProvisionEvent.Finished(polling.clock().instant(), name, ProvisioningState.ACCEPTED,
                    StopReason.NOT_WAITING, Map.of(), Optional.empty(), target.portalLink(name)));
        }
        DeploymentWatch.Outcome outcome = new DeploymentWatch(gateway, listener, polling).follow(name, request.waiting());
        ProvisionEvent.Finished finished = Endings.of(polling.clock().instant(), outcome, target);
        if (finished.reason() == StopReason.COMPLETED && finished.state() == ProvisioningState.SUCCEEDED) {
            ConfigOutputs.merge(request.configFile(), finished.outputs(), target);
        }
        return emit(finished);
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
