package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Any resource by id (GET, PUT, PATCH, HEAD, DELETE) and its POST actions (list*, regenerateKey); every one is
 * refused first when ARM does not serve its namespace, type or api-version.
 */
final class ResourceRoutes {

    static final String RESOURCE = "^(/subscriptions/([^/]+)/resourcegroups/([^/]+)/providers/"
            + "(?!Microsoft\\.Resources/)[^/]+/.+?)";

    private final Subscription subscription;
    private final ResourceGroups groups;
    private final Resources resources;
    private final PutChecks checks;

    ResourceRoutes(Subscription subscription, ResourceGroups groups, Resources resources, PutChecks checks) {
        this.subscription = subscription;
        this.groups = groups;
        this.resources = resources;
        this.checks = checks;
    }

    /** A collection: the namespace, then type and name pairs, ending on a type. */
    static final String COLLECTION = "^(/subscriptions/([^/]+)/resourcegroups/([^/]+)/providers/"
            + "(?!Microsoft\\.Resources/)[^/]+/[^/]+(?:/[^/]+/[^/]+)*)/?$";

    List<Route> routes() {
        return List.of(
                Route.arm("GET", COLLECTION, this::list),
                Route.arm("POST", RESOURCE + "/(list[A-Za-z]+|sharedKeys|regenerateKey)$", this::action),
                Route.arm("GET", RESOURCE + "/?$", this::get),
                Route.arm("HEAD", RESOURCE + "/?$", this::head),
                Route.arm("PUT", RESOURCE + "/?$", this::put),
                Route.arm("PATCH", RESOURCE + "/?$", this::patch),
                Route.arm("DELETE", RESOURCE + "/?$", this::delete));
    }

    private void checkScope(Matcher path) {
        subscription.check(path.group(2));
        groups.require(path.group(3));
    }

    /** Resource Manager answers an unknown namespace, type or api-version before the provider looks the resource up. */
    private void checkServed(Request request, Matcher path) {
        ResourceId id = ResourceId.parse(path.group(1));
        checks.unserved(id.type(), request.apiVersion(), "").ifPresent(failure -> {
            throw checks.unserved(id.type(), request.apiVersion(), resources.find(id.id())
                    .map(resource -> resource.path("location").asText("")).orElse("")).orElse(failure);
        });
    }

    private Response get(Request request, Matcher path) {
        checkScope(path);
        checkServed(request, path);
        return Response.ok(resources.require(path.group(1)));
    }

    private Response list(Request request, Matcher path) {
        checkScope(path);
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        resources.under(path.group(1)).forEach(value::add);
        return Response.ok(body);
    }

    private Response head(Request request, Matcher path) {
        checkScope(path);
        checkServed(request, path);
        return Response.empty(resources.find(path.group(1)).isPresent() ? 204 : 404);
    }

    private Response put(Request request, Matcher path) {
        checkScope(path);
        ObjectNode body = request.json().deepCopy();
        if (!body.hasNonNull("location")) {
            groups.find(path.group(3)).ifPresent(group -> body.set("location", group.get("location")));
        }
        checks.require(ResourceId.parse(path.group(1)), request.apiVersion(), body);
        Resources.Written written = resources.write(path.group(1), body);
        return Response.json(createdStatus(path.group(1), written.created()), written.resource());
    }

    private Response patch(Request request, Matcher path) {
        checkScope(path);
        checkServed(request, path);
        ObjectNode merged = resources.require(path.group(1));
        if (request.json() instanceof ObjectNode patch) {
            mergePatch(merged, patch);
        }
        return Response.ok(resources.write(path.group(1), merged).resource());
    }

    /** RFC 7386 JSON merge patch, as Container Apps and most providers apply PATCH: objects merge, null removes. */
    static void mergePatch(ObjectNode target, ObjectNode patch) {
        patch.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value instanceof ObjectNode object && target.get(field.getKey()) instanceof ObjectNode existing) {
                mergePatch(existing, object);
            } else {
                target.set(field.getKey(), value);
            }
        });
    }

    private Response delete(Request request, Matcher path) {
        checkScope(path);
        checkServed(request, path);
        return Response.empty(resources.delete(path.group(1)) ? 200 : 204);
    }

    private Response action(Request request, Matcher path) {
        checkScope(path);
        checkServed(request, path);
        return Response.ok(resources.action(path.group(1), path.group(4), request.apiVersion(), request.json()));
    }

    /**
     * Storage answers a new account's PUT with 200 (or 202 while it provisions), never 201, and the az CLI refuses 201
     * there ("Operation returned an invalid status 'Created'"); a file service's PUT is 200 too (every account has
     * one); other resource providers answer 201 for a new resource.
     */
    private static int createdStatus(String id, boolean created) {
        ResourceId parsed = ResourceId.parse(id);
        return created && !parsed.isType("Microsoft.Storage/storageAccounts") && !parsed.isType(FileServices.TYPE) ? 201 : 200;
    }
}
