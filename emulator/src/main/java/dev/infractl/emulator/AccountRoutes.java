package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What a preflight asks about the subscription: storage account name availability across Azure (names taken
 * here or listed as taken elsewhere) and the caller's permissions on a resource group.
 */
final class AccountRoutes {

    private static final String SUBSCRIPTION = "^/subscriptions/([^/]+)";

    private final Subscription subscription;
    private final GlobalNames names;
    private final ResourceGroups groups;
    private final AccountSettings settings;

    AccountRoutes(Subscription subscription, GlobalNames names, ResourceGroups groups, AccountSettings settings) {
        this.subscription = subscription;
        this.names = names;
        this.groups = groups;
        this.settings = settings;
    }

    List<Route> routes() {
        return List.of(
                Route.arm("POST", SUBSCRIPTION + "/providers/Microsoft\\.Storage/checkNameAvailability$", this::checkName),
                Route.arm("GET", SUBSCRIPTION + "/resourceGroups/([^/]+)/providers/Microsoft\\.Authorization/permissions$",
                        this::permissions));
    }

    private Response checkName(Request request, Matcher path) {
        subscription.check(path.group(1));
        JsonNode body = request.json();
        String name = body.path("name").asText("");
        if (!body.path("type").asText().equalsIgnoreCase("Microsoft.Storage/storageAccounts")) {
            throw ArmFailure.badRequest("InvalidResourceType", "type must be 'Microsoft.Storage/storageAccounts'.");
        }
        ObjectNode answer = Json.object();
        var invalid = NameRules.refusal(GlobalNames.STORAGE, name);
        if (invalid.isPresent()) {
            return Response.ok(answer.put("nameAvailable", false).put("reason", invalid.get().code())
                    .put("message", invalid.get().message()));
        }
        if (names.taken(GlobalNames.STORAGE, name, "")) {
            return Response.ok(answer.put("nameAvailable", false).put("reason", "AlreadyExists")
                    .put("message", "The storage account named " + name + " is already taken."));
        }
        return Response.ok(answer.put("nameAvailable", true));
    }


    /** Like ARM: one permission entry per role assignment; here one, with the configured actions. */
    private Response permissions(Request request, Matcher path) {
        subscription.check(path.group(1));
        groups.require(path.group(2));
        ObjectNode answer = Json.object();
        ObjectNode permission = answer.putArray("value").addObject();
        settings.allowedActions().forEach(permission.putArray("actions")::add);
        permission.putArray("notActions");
        permission.putArray("dataActions");
        permission.putArray("notDataActions");
        return Response.ok(answer);
    }
}
