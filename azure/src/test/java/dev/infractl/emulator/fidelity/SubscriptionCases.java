package dev.infractl.emulator.fidelity;

import static dev.infractl.emulator.fidelity.Fixtures.API;

import java.util.List;

/** az account list/show, az account list-locations, az provider show/register/list, and authentication. */
final class SubscriptionCases {

    private SubscriptionCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("subscription", "list has the subscription, Enabled", c -> {
                    Reply listed = Expect.status(c.http.get("/subscriptions" + API), 200);
                    Expect.field(listed, "/value/0/subscriptionId", c.endpoint.subscriptionId());
                    Expect.field(listed, "/value/0/state", "Enabled");
                }),
                new Case("subscription", "show has id, tenantId, displayName and state", c -> {
                    Reply shown = Expect.status(c.http.get(c.endpoint.sub() + API), 200);
                    Expect.field(shown, "/id", c.endpoint.sub());
                    Expect.field(shown, "/tenantId", c.endpoint.tenantId());
                    Expect.present(shown, "/displayName");
                    Expect.field(shown, "/state", "Enabled");
                }),
                new Case("subscription", "locations have name and displayName", c -> {
                    Reply locations = Expect.status(c.http.get(c.endpoint.sub() + "/locations" + API), 200);
                    Expect.that(locations.body().contains("\"Sweden Central\""), "no Sweden Central: " + locations);
                    Expect.field(locations, "/value/0/regionalDisplayName", "(US) East US");
                    Expect.field(locations, "/value/0/metadata/regionType", "Physical");
                    Expect.present(locations, "/value/0/metadata/pairedRegion/0/name");
                }),
                new Case("subscription", "tenants list the tenant", c ->
                        Expect.field(Expect.status(c.http.get("/tenants" + API), 200), "/value/0/tenantId", c.endpoint.tenantId())),
                new Case("providers", "show lists resource types with locations and api-versions", c -> {
                    Reply shown = Expect.status(c.http.get(c.endpoint.sub() + "/providers/Microsoft.Storage" + API), 200);
                    Expect.field(shown, "/namespace", "Microsoft.Storage");
                    Expect.field(shown, "/registrationState", "Registered");
                    Expect.that(shown.body().contains("\"storageAccounts\""), "no storageAccounts type: " + shown);
                    Expect.present(shown, "/resourceTypes/0/apiVersions/0");
                    Expect.present(shown, "/resourceTypes/0/locations");
                }),
                new Case("providers", "the SDK reads a provider", c ->
                        Expect.equal("Registered", c.arm().providers().getByName("Microsoft.App").registrationState(),
                                "registrationState")),
                new Case("providers", "list includes the namespaces in use", c -> {
                    Reply listed = Expect.status(c.http.get(c.endpoint.sub() + "/providers" + API), 200);
                    for (String namespace : List.of("Microsoft.App", "Microsoft.Storage", "Microsoft.OperationalInsights")) {
                        Expect.that(listed.body().contains(namespace), "no " + namespace + " in " + listed);
                    }
                }),
                new Case("providers", "register answers the provider", c ->
                        Expect.field(Expect.status(c.http.post(c.endpoint.sub() + "/providers/Microsoft.App/register" + API,
                                null), 200), "/namespace", "Microsoft.App")),
                new Case("auth", "no token is 401 AuthenticationFailed", c ->
                        Expect.error(c.http.anonymous("GET", c.endpoint.sub() + "/resourcegroups" + API), 401,
                                "AuthenticationFailed")),
                new Case("auth", "a token request without credentials is refused", c -> {
                    Reply token = c.http.send("POST", c.endpoint.arm() + c.endpoint.tenantId() + "/oauth2/v2.0/token",
                            null, false);
                    Expect.that(token.status() == 400 || token.status() == 401, "a token request without credentials"
                            + " is refused by Entra ID: " + token);
                }));
    }
}
