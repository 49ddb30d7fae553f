package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Resource Manager's lists across providers: a subscription's and a group's resources (with {@code $filter}), and
 * one top-level type across the subscription ({@code /providers/Microsoft.Storage/storageAccounts}).
 */
final class ResourceListRoutes {

    private static final String SUBSCRIPTION = "^/subscriptions/([^/]+)";
    /** The generic list's view of a resource: what ARM keeps for every resource, not the provider's properties. */
    private static final List<String> SUMMARY = List.of("id", "name", "type", "location", "kind", "sku", "tags",
            "identity", "managedBy", "plan");

    private final Subscription subscription;
    private final StateStore store;
    private final ResourceGroups groups;
    private final Resources resources;

    ResourceListRoutes(Subscription subscription, StateStore store, ResourceGroups groups, Resources resources) {
        this.subscription = subscription;
        this.store = store;
        this.groups = groups;
        this.resources = resources;
    }

    List<Route> routes() {
        return List.of(
                Route.arm("GET", SUBSCRIPTION + "/resources/?$", this::inSubscription),
                Route.arm("GET", SUBSCRIPTION + "/resourcegroups/([^/]+)/resources/?$", this::inGroup),
                Route.arm("GET", SUBSCRIPTION + "/providers/((?!Microsoft\\.Resources/)[^/]+/[^/]+)/?$", this::ofType));
    }

    private Response inSubscription(Request request, Matcher path) {
        subscription.check(path.group(1));
        return summaries(subscription.id() + "/resourcegroups/", request);
    }

    private Response inGroup(Request request, Matcher path) {
        subscription.check(path.group(1));
        groups.require(path.group(2));
        return summaries(groups.id(path.group(2)) + "/providers/", request);
    }

    private Response ofType(Request request, Matcher path) {
        subscription.check(path.group(1));
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        resources.ofType(path.group(2)).forEach(value::add);
        return Response.ok(body);
    }

    /** As in Azure's generic list, a child resource's name is its full name ({@code account/default/share}). */
    private Response summaries(String idPrefix, Request request) {
        Predicate<JsonNode> filter = ResourceFilter.parse(request.queryParameter("$filter").orElse(null));
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        for (ObjectNode resource : store.list(StateStore.RESOURCES, idPrefix)) {
            ObjectNode summary = Json.object();
            for (String field : SUMMARY) {
                if (resource.has(field)) {
                    summary.set(field, resource.get(field));
                }
            }
            summary.put("name", ResourceId.parse(resource.path("id").asText()).name());
            if (filter.test(summary)) {
                value.add(summary);
            }
        }
        return Response.ok(body);
    }
}
