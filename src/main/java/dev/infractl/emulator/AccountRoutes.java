package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a preflight asks about the subscription: storage account name availability across Azure (names taken
 * here or listed as taken elsewhere) and the caller's permissions on a resource group.
 */
final class AccountRoutes {

    private static final Pattern STORAGE_NAME = Pattern.compile("^[a-z0-9]{3,24}$");
    private static final String SUBSCRIPTION = "^/subscriptions/([^/]+)";

    private final Subscription subscription;
    private final StateStore store;
    private final ResourceGroups groups;
    private final AccountSettings settings;

    AccountRoutes(Subscription subscription, StateStore store, ResourceGroups groups, AccountSettings settings) {
        this.subscription = subscription;
        this.store = store;
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
        if (!STORAGE_NAME.matcher(name).matches()) {
            return Response.ok(answer.put("nameAvailable", false).put("reason", "AccountNameInvalid").put("message",
                    name + " is not a valid storage account name. Storage account name must be between 3 and 24"
                            + " characters in length and use numbers and lower-case letters only."));
        }
        if (settings.takenStorageNames().contains(name.toLowerCase(Locale.ROOT)) || existsHere(name)) {
            return Response.ok(answer.put("nameAvailable", false).put("reason", "AlreadyExists")
                    .put("message", "The storage account named " + name + " is already taken."));
        }
        return Response.ok(answer.put("nameAvailable", true));
    }

    private boolean existsHere(String name) {
        return store.list(StateStore.RESOURCES, "").stream().anyMatch(resource -> resource.path("type").asText()
                .equalsIgnoreCase("Microsoft.Storage/storageAccounts") && resource.path("name").asText().equalsIgnoreCase(name));
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
