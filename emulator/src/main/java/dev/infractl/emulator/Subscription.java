package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one tenant and subscription the emulator holds; fixed, so names derived from them are stable. */
record Subscription(String tenantId, String subscriptionId) {

    static final Subscription LOCAL = new Subscription("5c8e1f3a-2b4d-4e6f-8a9b-0c1d2e3f4a5b",
            "d3f2a1b0-9c8e-4d7f-a6b5-c4d3e2f1a0b9");

    String id() {
        return "/subscriptions/" + subscriptionId;
    }

    /** Refuses any other subscription id the way ARM does. */
    void check(String requested) {
        if (!subscriptionId.equalsIgnoreCase(requested)) {
            throw ArmFailure.notFound("SubscriptionNotFound", "The subscription '" + requested + "' could not be found.");
        }
    }

    ObjectNode toJson() {
        ObjectNode body = Json.object()
                .put("id", id())
                .put("authorizationSource", "RoleBased")
                .put("subscriptionId", subscriptionId)
                .put("tenantId", tenantId)
                .put("displayName", "infractl local emulator")
                .put("state", "Enabled");
        body.putObject("subscriptionPolicies")
                .put("locationPlacementId", "Public_2014-09-01")
                .put("quotaId", "PayAsYouGo_2014-09-01")
                .put("spendingLimit", "Off");
        return body;
    }
}
