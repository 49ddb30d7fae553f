package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/** Resource groups: PUT, GET, HEAD, PATCH, DELETE, list (a tag {@code $filter} too), and export as a template. */
final class ResourceGroupRoutes {

    private static final String GROUP = "^/subscriptions/([^/]+)/resourcegroups/([^/]+)";
    private static final String EXPORT = "export:";

    private final Subscription subscription;
    private final StateStore store;
    private final ResourceGroups groups;
    private final GroupExport exports;

    ResourceGroupRoutes(Subscription subscription, StateStore store, ResourceGroups groups, GroupExport exports) {
        this.subscription = subscription;
        this.store = store;
        this.groups = groups;
        this.exports = exports;
    }

    List<Route> routes() {
        return List.of(
                Route.arm("GET", "^/subscriptions/([^/]+)/resourcegroups/?$", this::list),
                Route.arm("PUT", GROUP + "$", this::put),
                Route.arm("GET", GROUP + "$", this::get),
                Route.arm("HEAD", GROUP + "$", this::head),
                Route.arm("PATCH", GROUP + "$", this::patch),
                Route.arm("DELETE", GROUP + "$", this::delete),
                Route.arm("POST", GROUP + "/exportTemplate$", this::export),
                Route.arm("GET", "^/subscriptions/([^/]+)/operationresults/([^/]+)$", this::operationResult));
    }

    private Response list(Request request, Matcher path) {
        subscription.check(path.group(1));
        groups.settleAll();
        Predicate<JsonNode> filter = ResourceFilter.tagOnly(request.queryParameter("$filter").orElse(null));
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        store.list(StateStore.RESOURCE_GROUPS, "").stream().filter(filter).forEach(value::add);
        return Response.ok(body);
    }

    private Response put(Request request, Matcher path) {
        subscription.check(path.group(1));
        String name = path.group(2);
        NameRules.groupRefusal(name).ifPresent(error -> {
            throw new ArmFailure(400, error);
        });
        JsonNode body = request.json();
        String location = body.path("location").asText("");
        if (location.isBlank()) {
            throw ArmFailure.badRequest("LocationRequired", "The location property is required for this definition.");
        }
        if (!Regions.known(location)) {
            throw ArmFailure.badRequest("LocationNotAvailableForResourceGroup", "The provided location '" + location
                    + "' is not available for resource group. List of available regions is '"
                    + String.join(",", Regions.ALL) + "'.");
        }
        boolean exists = groups.find(name).isPresent();
        if (exists && !groups.find(name).get().path("location").asText().equalsIgnoreCase(location)) {
            throw ArmFailure.conflict("InvalidResourceGroupLocation", "Invalid resource group location '" + location
                    + "'. The Resource group already exists in location '"
                    + groups.find(name).get().path("location").asText() + "'.");
        }
        return Response.json(exists ? 200 : 201, groups.write(name, location, body.get("tags")).resource());
    }

    private Response get(Request request, Matcher path) {
        subscription.check(path.group(1));
        return Response.ok(groups.require(path.group(2)));
    }

    private Response head(Request request, Matcher path) {
        subscription.check(path.group(1));
        return Response.empty(groups.find(path.group(2)).isPresent() ? 204 : 404);
    }

    private Response patch(Request request, Matcher path) {
        subscription.check(path.group(1));
        ObjectNode group = groups.require(path.group(2));
        JsonNode tags = request.json().path("tags");
        if (tags.isObject()) {
            group.set("tags", tags);
        }
        store.put(StateStore.RESOURCE_GROUPS, path.group(2), group);
        return Response.ok(group);
    }

    private Response delete(Request request, Matcher path) {
        subscription.check(path.group(1));
        String name = path.group(2);
        groups.require(name);
        groups.beginDelete(name);
        return deleting(request, path.group(1), name);
    }

    /** As Azure answers an export: 202, and a Location whose 200 carries the template (made when it is asked for). */
    private Response export(Request request, Matcher path) {
        subscription.check(path.group(1));
        groups.require(path.group(2));
        JsonNode body = request.json();
        GroupExport.options(body);
        return accepted(request, path.group(1), EXPORT + Json.text(Json.object().put("group", path.group(2))
                .<ObjectNode>set("request", body)));
    }

    /** Azure's answer to a group delete: 202, and a Location that answers 202 until the group is gone, then 200. */
    private Response deleting(Request request, String subscriptionId, String name) {
        return accepted(request, subscriptionId, "rgdelete:" + name);
    }

    /** 202 with a Location on this subscription's operation results; {@code done:...} operations answer 200 at once. */
    static Response accepted(Request request, String subscriptionId, String operation) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(operation.getBytes(StandardCharsets.UTF_8));
        return Response.empty(202)
                .header("Location", request.baseUrl() + "/subscriptions/" + subscriptionId + "/operationresults/" + token
                        + "?api-version=" + request.apiVersion())
                .header("Retry-After", "1");
    }

    private Response operationResult(Request request, Matcher path) {
        subscription.check(path.group(1));
        String operation;
        try {
            operation = new String(Base64.getUrlDecoder().decode(path.group(2)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ArmFailure.notFound("OperationNotFound", "The operation '" + path.group(2) + "' was not found.");
        }
        if (operation.startsWith("done:")) {
            return Response.empty(200);
        }
        if (operation.startsWith(EXPORT)) {
            JsonNode export = Json.parse(operation.substring(EXPORT.length()));
            String group = export.path("group").asText();
            groups.require(group);
            return Response.ok(exports.export(groups.id(group), export.path("request")));
        }
        if (!operation.startsWith("rgdelete:")) {
            throw ArmFailure.notFound("OperationNotFound", "The operation '" + path.group(2) + "' was not found.");
        }
        String name = operation.substring("rgdelete:".length());
        return groups.deleting(name) ? deleting(request, path.group(1), name) : Response.empty(200);
    }
}
