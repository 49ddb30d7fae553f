package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags of a scope, where ARM keeps them: on the resource or the resource group itself (so their GET and the
 * {@code $filter=tagName} lists show them), and for the subscription in an entry of its own.
 */
final class ScopeTags {

    static final String SUBSCRIPTION_TAGS = "subscriptionTags";
    static final String TYPE = "Microsoft.Resources/tags";
    /** The Tags API's wrapper resource on a scope: the scope, the subscription, the group, the resource's own path. */
    static final String TAGS_PATH = "^(/subscriptions/([^/]+)(?:/resourcegroups/([^/]+)(/providers/.+?)?)?)"
            + "/providers/Microsoft\\.Resources/tags/default/?$";
    private static final Pattern TAGS = Pattern.compile(TAGS_PATH, Pattern.CASE_INSENSITIVE);

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

        /** The scope a match of {@link #TAGS_PATH} names. */
        static Scope of(Matcher path) {
            String resource = path.group(4) == null ? null : "/subscriptions/" + path.group(2) + "/resourceGroups/"
                    + path.group(3) + path.group(4);
            return new Scope(path.group(1), path.group(3), resource);
        }
    }

    /**
     * A template's {@code Microsoft.Resources/tags} resource: as ARM does, its tags replace the tags of the scope it
     * names (the group when it has no {@code scope}), so the group's or resource's GET shows them.
     */
    Resources.Written declared(String id, ObjectNode tags) {
        Matcher path = TAGS.matcher(id);
        if (!path.matches()) {
            throw ArmFailure.badRequest("InvalidResourceName", "A Microsoft.Resources/tags resource must be named"
                    + " 'default'; '" + id + "' is not.");
        }
        Scope scope = Scope.of(path);
        boolean created = read(scope).isEmpty();
        write(scope, tags);
        return new Resources.Written(wrapper(scope, tags), created);
    }

    /** The Tags API's answer: the wrapper resource holding the scope's tags. */
    static ObjectNode wrapper(Scope scope, ObjectNode tags) {
        ObjectNode wrapper = Json.object()
                .put("id", scope.id() + "/providers/Microsoft.Resources/tags/default")
                .put("name", "default")
                .put("type", TYPE);
        wrapper.putObject("properties").set("tags", tags);
        return wrapper;
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
