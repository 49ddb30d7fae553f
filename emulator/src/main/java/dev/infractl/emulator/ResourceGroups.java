package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Looking resource groups up, and deleting one with everything in it. A delete takes a moment, as on Azure:
 * meanwhile the group shows {@code provisioningState: Deleting}; the first look after {@link #DELETE_TAKES}
 * finishes it.
 */
final class ResourceGroups {

    static final Duration DELETE_TAKES = Duration.ofMillis(600);
    static final String DELETIONS = "groupDeletions";

    private final Subscription subscription;
    private final StateStore store;
    private final Consumer<String> onDelete;
    private final Clock clock;

    /** @param onDelete told the id of every resource removed with a group (app listeners close) */
    ResourceGroups(Subscription subscription, StateStore store, Consumer<String> onDelete, Clock clock) {
        this.subscription = subscription;
        this.store = store;
        this.onDelete = onDelete;
        this.clock = clock;
    }

    /** Marks the group Deleting; it is gone once {@link #DELETE_TAKES} has passed. */
    void beginDelete(String name) {
        if (store.get(DELETIONS, name).isPresent()) {
            return;
        }
        store.update(StateStore.RESOURCE_GROUPS, name, group -> group.putObject("properties").put("provisioningState", "Deleting"));
        store.put(DELETIONS, name, Json.object().put("name", name).put("until", clock.instant().plus(DELETE_TAKES).toString()));
    }

    boolean deleting(String name) {
        settle(name);
        return store.get(DELETIONS, name).isPresent();
    }

    /** Finishes every deletion that is due (before a listing). */
    void settleAll() {
        store.list(DELETIONS, "").forEach(entry -> settle(entry.path("name").asText()));
    }

    private void settle(String name) {
        Optional<ObjectNode> deletion = store.get(DELETIONS, name);
        if (deletion.isPresent() && !clock.instant().isBefore(Instant.parse(deletion.get().path("until").asText()))) {
            delete(name);
            store.remove(DELETIONS, name);
        }
    }

    /** Creates or updates a group (its checks are the caller's); {@code created} when it was new. */
    Resources.Written write(String name, String location, JsonNode tags) {
        boolean exists = find(name).isPresent();
        ObjectNode group = Json.object()
                .put("id", id(name))
                .put("name", name)
                .put("type", "Microsoft.Resources/resourceGroups")
                .put("location", location);
        group.set("tags", tags != null && tags.isObject() ? tags : Json.object());
        group.putObject("properties").put("provisioningState", "Succeeded");
        store.put(StateStore.RESOURCE_GROUPS, name, group);
        return new Resources.Written(group, !exists);
    }

    String id(String name) {
        return subscription.id() + "/resourceGroups/" + name;
    }

    Optional<ObjectNode> find(String name) {
        settle(name);
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
        store.removeAll(AccountKeys.GENERATIONS, prefix);
        store.remove(StateStore.RESOURCE_GROUPS, name);
    }
}
