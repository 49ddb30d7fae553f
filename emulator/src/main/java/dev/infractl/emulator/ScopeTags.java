package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The tags of a scope, where ARM keeps them: on the resource or the resource group itself (so their GET and the
 * {@code $filter=tagName} lists show them), and for the subscription in an entry of its own.
 */
final class ScopeTags {

    static final String SUBSCRIPTION_TAGS = "subscriptionTags";

    private final Subscription subscription;
    private final StateStore store;
    private final ResourceGroups groups;
    private final Resources resources;

    ScopeTags(Subscription subscription, StateStore store, ResourceGroups groups, Resources resources) {
        this.subscription = subscription;
        this.store = store;
        this.groups = groups;
        this.resources = resources;
    }

    /** A scope taken apart: the group's name (null for the subscription), the resource id (null unless a resource). */
    record Scope(String id, String group, String resource) {
    }

    /** The scope's tags; a missing group or resource is 404 as ARM answers it. */
    ObjectNode read(Scope scope) {
        JsonNode tags;
        if (scope.group() == null) {
            tags = store.get(SUBSCRIPTION_TAGS, subscription.subscriptionId()).map(entry -> entry.path("tags"))
                    .orElse(Json.object());
        } else if (scope.resource() == null) {
            tags = groups.require(scope.group()).path("tags");
        } else {
            groups.require(scope.group());
            tags = resources.require(scope.resource()).path("tags");
        }
        return tags instanceof ObjectNode object ? object : Json.object();
    }

    /** Replaces the scope's tags. */
    void write(Scope scope, ObjectNode tags) {
        read(scope);
        if (scope.group() == null) {
            store.put(SUBSCRIPTION_TAGS, subscription.subscriptionId(), Json.object().set("tags", tags));
        } else if (scope.resource() == null) {
            store.update(StateStore.RESOURCE_GROUPS, scope.group(), group -> group.set("tags", tags));
        } else if (!store.update(StateStore.RESOURCES, scope.resource(), resource -> resource.set("tags", tags))) {
            // a share made on the data plane has no stored entry yet: tagging it makes one
            ObjectNode resource = resources.require(scope.resource());
            resource.set("tags", tags);
            store.put(StateStore.RESOURCES, scope.resource(), resource);
        }
    }

    /** Every tagged thing's tags in the subscription: the subscription, its groups, their resources. */
    List<ObjectNode> everyTagSet() {
        List<ObjectNode> all = new ArrayList<>();
        store.get(SUBSCRIPTION_TAGS, subscription.subscriptionId()).map(entry -> entry.path("tags"))
                .filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast).ifPresent(all::add);
        for (String section : List.of(StateStore.RESOURCE_GROUPS, StateStore.RESOURCES)) {
            store.list(section, "").stream().map(entry -> entry.path("tags"))
                    .filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast).forEach(all::add);
        }
        return all;
    }
}
