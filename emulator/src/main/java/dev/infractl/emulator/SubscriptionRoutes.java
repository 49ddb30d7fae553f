package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;

/** GET /subscriptions, one subscription, and its locations. */
final class SubscriptionRoutes {

    private final Subscription subscription;

    SubscriptionRoutes(Subscription subscription) {
        this.subscription = subscription;
    }

    List<Route> routes() {
        return List.of(
                Route.arm("GET", "^/subscriptions/?$", this::list),
                Route.arm("GET", "^/subscriptions/([^/]+)$", this::get),
                Route.arm("GET", "^/subscriptions/([^/]+)/locations$", this::locations),
                Route.arm("GET", "^/tenants$", this::tenants));
    }

    private Response list(Request request, Matcher path) {
        ObjectNode body = Json.object();
        body.putArray("value").add(subscription.toJson());
        return Response.ok(body);
    }

    private Response get(Request request, Matcher path) {
        subscription.check(path.group(1));
        return Response.ok(subscription.toJson());
    }

    private Response locations(Request request, Matcher path) {
        subscription.check(path.group(1));
        ObjectNode body = Json.object();
        body.set("value", Locations.list(subscription.id()));
        return Response.ok(body);
    }

    private Response tenants(Request request, Matcher path) {
        ObjectNode body = Json.object();
        body.putArray("value").addObject()
                .put("id", "/tenants/" + subscription.tenantId())
                .put("tenantId", subscription.tenantId());
        return Response.ok(body);
    }
}
