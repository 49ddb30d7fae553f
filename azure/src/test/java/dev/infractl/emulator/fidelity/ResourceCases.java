package dev.infractl.emulator.fidelity;

import static dev.infractl.emulator.fidelity.Fixtures.API;
import static dev.infractl.emulator.fidelity.Fixtures.STORAGE_API;

import java.util.List;

/** az resource show/list/tag and the generic resource routes, per the resources specs. */
final class ResourceCases {

    private ResourceCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("resources", "show by id answers name, type, location, kind and sku", c -> {
                    String account = c.fixtures.account();
                    Reply shown = Expect.status(c.http.get(c.fixtures.accountPath(c.fixtures.group(), account) + STORAGE_API), 200);
                    Expect.field(shown, "/name", account);
                    Expect.field(shown, "/type", "Microsoft.Storage/storageAccounts");
                    Expect.field(shown, "/location", "swedencentral");
                    Expect.field(shown, "/kind", "StorageV2");
                    Expect.field(shown, "/sku/name", "Standard_LRS");
                }),
                new Case("resources", "the SDK's generic getById reads it", c -> {
                    String id = c.fixtures.accountPath(c.fixtures.group(), c.fixtures.account());
                    Expect.equal(c.fixtures.account(), c.arm().genericResources().getById(id, "2023-01-01").name(), "name");
                }),
                new Case("resources", "generic getById reads the api-version from the provider, as az resource show does", c -> {
                    String id = c.fixtures.groupPath(c.fixtures.group())
                            + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-generic";
                    Expect.status(c.http.put(id + "?api-version=2023-01-31", "{\"location\": \"swedencentral\"}"), 200, 201);
                    Expect.equal("id-generic", c.arm().genericResources().getById(id).name(), "name");
                }),
                new Case("resources", "exists is HEAD 204 for a resource and 404 for none", c -> {
                    Expect.status(c.http.head(c.fixtures.accountPath(c.fixtures.group(), c.fixtures.account()) + STORAGE_API), 204);
                    Expect.status(c.http.head(c.fixtures.accountPath(c.fixtures.group(), "nosuchaccount") + STORAGE_API), 404);
                }),
                new Case("resources", "list in a group includes the account", c -> {
                    String account = c.fixtures.account();
                    Reply listed = Expect.status(c.http.get(c.fixtures.groupPath(c.fixtures.group()) + "/resources" + API), 200);
                    Expect.that(listed.body().contains("\"name\":\"" + account + "\"")
                            || listed.body().contains("\"name\": \"" + account + "\""), "group list lacks " + account + ": " + listed);
                }),
                new Case("resources", "list in the subscription includes the account", c -> {
                    String account = c.fixtures.account();
                    Reply listed = Expect.status(c.http.get(c.endpoint.sub() + "/resources" + API), 200);
                    Expect.that(listed.body().contains(account), "subscription list lacks " + account + ": " + listed);
                }),
                new Case("resources", "list filters by resourceType", c -> {
                    c.fixtures.account();
                    Reply listed = Expect.status(c.http.get(c.fixtures.groupPath(c.fixtures.group()) + "/resources" + API
                            + "&$filter=resourceType%20eq%20'Microsoft.App/containerApps'"), 200);
                    Expect.equal(0, listed.json().path("value").size(), "resources of another type");
                }),
                new Case("resources", "list filters by tag", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-tagged-" + c.fixtures.runId());
                    String tagged = "fid" + c.fixtures.runId() + "tag";
                    c.fixtures.makeAccount(group, tagged,
                            Fixtures.accountBody().replace("\"kind\"", "\"tags\": {\"team\": \"ml\"}, \"kind\""));
                    c.fixtures.makeAccount(group, tagged + "x", Fixtures.accountBody());
                    Reply listed = Expect.status(c.http.get(c.fixtures.groupPath(group) + "/resources" + API
                            + "&$filter=tagName%20eq%20'team'%20and%20tagValue%20eq%20'ml'"), 200);
                    Expect.equal(1, listed.json().path("value").size(), "resources tagged team=ml");
                }),
                new Case("resources", "tags are set through the Tags API on any scope", c -> {
                    String id = c.fixtures.accountPath(c.fixtures.group(), c.fixtures.account());
                    Expect.status(c.http.put(id + "/providers/Microsoft.Resources/tags/default?api-version=2021-04-01",
                            "{\"properties\": {\"tags\": {\"cost\": \"gpu\"}}}"), 200);
                    Expect.field(c.http.get(id + STORAGE_API), "/tags/cost", "gpu");
                }),
                new Case("resources", "a tags PATCH with Merge keeps the tags it does not name", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-merge-" + c.fixtures.runId());
                    String tags = c.fixtures.groupPath(group) + "/providers/Microsoft.Resources/tags/default" + API;
                    Reply merged = Expect.status(c.http.patch(tags, "{\"operation\": \"Merge\","
                            + " \"properties\": {\"tags\": {\"cost\": \"gpu\"}}}"), 200);
                    Expect.field(merged, "/properties/tags/cost", "gpu");
                    Expect.field(merged, "/properties/tags/env", "fidelity");
                    Expect.field(c.http.get(c.fixtures.groupPath(group) + API), "/tags/cost", "gpu");
                }),
                new Case("resources", "a child resource's name is its last segment", c -> {
                    String share = c.fixtures.accountPath(c.fixtures.group(), c.fixtures.account())
                            + "/fileServices/default/shares/named" + STORAGE_API;
                    Expect.status(c.http.put(share, "{\"properties\": {\"shareQuota\": 5}}"), 200, 201);
                    Reply shown = Expect.status(c.http.get(share), 200);
                    Expect.field(shown, "/name", "named");
                    Expect.field(shown, "/type", "Microsoft.Storage/storageAccounts/fileServices/shares");
                }),
                new Case("resources", "a missing resource is 404 ResourceNotFound", c ->
                        Expect.error(c.http.get(c.fixtures.accountPath(c.fixtures.group(), "nosuchaccount") + STORAGE_API),
                                404, "ResourceNotFound")),
                new Case("resources", "a resource in a missing group is 404 ResourceGroupNotFound", c ->
                        Expect.error(c.http.get(c.fixtures.accountPath("rg-fid-none", "nosuchaccount") + STORAGE_API),
                                404, "ResourceGroupNotFound")),
                // ARM answers both with 404, not 400: "RESPONSE 404 ... ERROR CODE: InvalidResourceType" in
                // cloudquery/cloudquery#6629 (and JulianHayward/Azure-MG-Sub-Governance-Reporting#297); the namespace
                // answer "The resource namespace 'Microsoft.Container' is invalid." in Azure/aci-connector-k8s#13 is 404 too.
                new Case("resources", "an unknown namespace is 404 InvalidResourceNamespace", c ->
                        Expect.error(c.http.put(c.fixtures.groupPath(c.fixtures.group())
                                + "/providers/Microsoft.Nothing/widgets/w1?api-version=2023-01-01",
                                "{\"location\": \"swedencentral\"}"), 404, "InvalidResourceNamespace")),
                new Case("resources", "an unknown type is 404 InvalidResourceType", c ->
                        Expect.error(c.http.put(c.fixtures.groupPath(c.fixtures.group())
                                + "/providers/Microsoft.Storage/widgets/w1?api-version=2023-01-01",
                                "{\"location\": \"swedencentral\"}"), 404, "InvalidResourceType")),
                new Case("resources", "an unknown api-version is 400 NoRegisteredProviderFound", c ->
                        Expect.error(c.http.get(c.fixtures.accountPath(c.fixtures.group(), c.fixtures.account())
                                + "?api-version=2099-01-01"), 400, "NoRegisteredProviderFound")),
                new Case("resources", "no api-version is 400 MissingApiVersionParameter", c ->
                        Expect.error(c.http.get(c.fixtures.groupPath(c.fixtures.group())), 400, "MissingApiVersionParameter")),
                new Case("resources", "an unknown region is 400 LocationNotAvailableForResourceType", c ->
                        Expect.error(c.http.put(c.fixtures.accountPath(c.fixtures.group(), "fid" + c.fixtures.runId() + "nowhere")
                                + STORAGE_API, Fixtures.accountBody().replace("swedencentral", "atlantis")),
                                400, "LocationNotAvailableForResourceType")));
    }
}
