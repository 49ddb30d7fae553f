package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Consumer;

/** Looking resource groups up, and deleting one with everything in it. */
final class ResourceGroups {

    private final Subscription subscription;
    private final StateStore store;
    private final Consumer<String> onDelete;

    /** @param onDelete told the id of every resource removed with a group (app listeners close) */
    ResourceGroups(Subscription subscription, StateStore store, Consumer<String> onDelete) {
        this.subscription = subscription;
        this.store = store;
        this.onDelete = onDelete;
    }

    String id(String name) {
        return subscription.id() + "/resourceGroups/" + name;
    }

    Optional<ObjectNode> find(String name) {
        return store.get(StateStore.RESOURCE_GROUPS, name);
    }

    ObjectNode require(String name) {
        return find(name).orElseThrow(() -> ArmFailure.notFound("ResourceGroupNotFound",
                "Resource group '" + name + "' could not be found."));
    }

    void delete(String name) {
        String prefix = id(name) + "/";
        store.list(StateStore.RESOURCES, prefix).forEach(resource -> onDelete.accept(resource.path("id").asText()));
        store.removeAll(StateStore.RESOURCES, prefix);
        store.removeAll(StateStore.DEPLOYMENTS, prefix);
        store.removeAll(DeploymentRecords.INPUTS, prefix);
        store.removeAll(DeploymentRecords.OPERATIONS, prefix);
        store.remove(StateStore.RESOURCE_GROUPS, name);
    }
}
