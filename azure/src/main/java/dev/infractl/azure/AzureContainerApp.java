package dev.infractl.azure;

import com.azure.resourcemanager.appcontainers.ContainerAppsApiManager;
import com.azure.resourcemanager.appcontainers.models.Ingress;
import com.azure.resourcemanager.appcontainers.models.ReplicaContainer;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.app.ContainerApp;
import dev.infractl.app.ContainerStatus;
import dev.infractl.app.Replica;
import dev.infractl.app.ReplicaState;
import java.util.List;
import java.util.Optional;

/** The inference container app through azure-resourcemanager-appcontainers. */
public final class AzureContainerApp implements ContainerApp {

    private final ContainerAppsApiManager manager;
    private final String resourceGroup;
    private final String name;
    private final AzureCalls calls;

    public AzureContainerApp(AzureConnection connection, String subscriptionId, String resourceGroup, String name) {
        this.manager = connection.containerApps(subscriptionId);
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.calls = new AzureCalls(connection.armEndpoint());
    }

    @Override
    public String activeRevision() {
        String revision = app().latestRevisionName();
        if (revision == null || revision.isBlank()) {
            throw new InfractlException(ExitCode.AZURE_FAILED, "container app " + name + " has no revision to restart",
                    "check the app in the portal; `infractl provision` creates it with a first revision");
        }
        return revision;
    }

    @Override
    public Optional<String> fqdn() {
        Ingress ingress = app().configuration() == null ? null : app().configuration().ingress();
        return Optional.ofNullable(ingress == null ? null : ingress.fqdn()).filter(fqdn -> !fqdn.isBlank());
    }

    @Override
    public void restart(String revision) {
        calls.run("restarting revision " + revision + " of " + name,
                () -> manager.containerAppsRevisions().restartRevision(resourceGroup, name, revision));
    }

    @Override
    public List<Replica> replicas(String revision) {
        var collection = calls.call("listing the replicas of " + revision,
                () -> manager.containerAppsRevisionReplicas().listReplicas(resourceGroup, name, revision));
        return collection.value() == null ? List.of() : collection.value().stream()
                .map(replica -> new Replica(replica.name(), ReplicaState.parse(
                        replica.runningState() == null ? null : replica.runningState().toString()),
                        replica.runningStateDetails(), replica.containers() == null ? List.of()
                        : replica.containers().stream().map(AzureContainerApp::container).toList()))
                .toList();
    }

    private static ContainerStatus container(ReplicaContainer container) {
        return new ContainerStatus(container.runningState() == null ? null : container.runningState().toString(),
                container.runningStateDetails() == null ? "" : container.runningStateDetails(),
                container.containerId() != null && !container.containerId().isBlank(),
                Boolean.TRUE.equals(container.started()), Boolean.TRUE.equals(container.ready()));
    }

    private com.azure.resourcemanager.appcontainers.models.ContainerApp app() {
        return calls.call("reading container app " + name,
                () -> manager.containerApps().getByResourceGroup(resourceGroup, name));
    }
}
