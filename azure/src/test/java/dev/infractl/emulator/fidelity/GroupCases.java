package dev.infractl.emulator.fidelity;

import static dev.infractl.emulator.fidelity.Fixtures.API;

import java.util.List;

/** az group create/show/list/exists/update/delete, as the resources REST API specs describe them. */
final class GroupCases {

    private GroupCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("groups", "create answers 201 then 200 for the same group", c -> {
                    String path = c.fixtures.groupPath("rg-fid-new-" + c.fixtures.runId()) + API;
                    Expect.status(c.http.put(path, "{\"location\": \"swedencentral\"}"), 201);
                    Expect.field(Expect.status(c.http.put(path, "{\"location\": \"swedencentral\"}"), 200),
                            "/properties/provisioningState", "Succeeded");
                }),
                new Case("groups", "show has the camel-cased id, name, location and tags", c -> {
                    String group = c.fixtures.group();
                    Reply shown = Expect.status(c.http.get(c.fixtures.groupPath(group) + API), 200);
                    Expect.field(shown, "/id", c.endpoint.sub() + "/resourceGroups/" + group);
                    Expect.field(shown, "/name", group);
                    Expect.field(shown, "/type", "Microsoft.Resources/resourceGroups");
                    Expect.field(shown, "/location", "swedencentral");
                    Expect.field(shown, "/tags/env", "fidelity");
                }),
                new Case("groups", "list by the SDK includes the group", c -> {
                    String group = c.fixtures.group();
                    Expect.that(c.arm().resourceGroups().list().stream().anyMatch(g -> g.name().equals(group)),
                            "resourceGroups().list() does not include " + group);
                }),
                new Case("groups", "list filters by tag", c -> {
                    String group = c.fixtures.group();
                    Reply listed = Expect.status(c.http.get(c.endpoint.sub() + "/resourcegroups" + API
                            + "&$filter=tagName%20eq%20'env'%20and%20tagValue%20eq%20'fidelity'"), 200);
                    Expect.that(listed.body().contains("\"" + group + "\""), "tag filter lost the group: " + listed);
                    Expect.that(!listed.body().contains("rg-fid-new-"), "tag filter kept an untagged group: " + listed);
                }),
                new Case("groups", "exists is HEAD 204 for a group and 404 for none", c -> {
                    Expect.status(c.http.head(c.fixtures.groupPath(c.fixtures.group()) + API), 204);
                    Expect.status(c.http.head(c.fixtures.groupPath("rg-fid-none") + API), 404);
                    Expect.that(c.arm().resourceGroups().contain(c.fixtures.group()), "SDK contain() says no");
                }),
                new Case("groups", "update by PATCH replaces the tags", c -> {
                    String path = c.fixtures.groupPath(c.fixtures.makeGroup("rg-fid-tags-" + c.fixtures.runId())) + API;
                    Reply patched = Expect.status(c.http.patch(path, "{\"tags\": {\"owner\": \"me\"}}"), 200);
                    Expect.field(patched, "/tags/owner", "me");
                    Expect.that(patched.json().at("/tags/env").isMissingNode(), "PATCH kept the old tag: " + patched);
                }),
                new Case("groups", "delete answers 202 with a Location that ends in 200", c -> {
                    String path = c.fixtures.groupPath(c.fixtures.makeGroup("rg-fid-del-" + c.fixtures.runId())) + API;
                    Reply accepted = Expect.status(c.http.delete(path), 202);
                    String location = accepted.header("Location").orElseThrow(() -> new Mismatch("202 without Location"));
                    Expect.status(c.http.settle(location), 200);
                    Expect.error(c.http.get(path), 404, "ResourceGroupNotFound");
                }),
                new Case("groups", "delete of a missing group is 404 ResourceGroupNotFound", c ->
                        Expect.error(c.http.delete(c.fixtures.groupPath("rg-fid-none") + API), 404, "ResourceGroupNotFound")),
                new Case("groups", "a name with an invalid character is 400 InvalidResourceGroup", c ->
                        Expect.error(c.http.put(c.fixtures.groupPath("rg*bad") + API,
                                "{\"location\": \"swedencentral\"}"), 400, "InvalidResourceGroup")),
                new Case("groups", "an unknown region is 400 LocationNotAvailableForResourceGroup", c ->
                        Expect.error(c.http.put(c.fixtures.groupPath("rg-fid-nowhere") + API,
                                "{\"location\": \"atlantis\"}"), 400, "LocationNotAvailableForResourceGroup")),
                new Case("groups", "export template answers the group's resources", c -> {
                    c.fixtures.account();
                    Reply exported = c.http.post(c.fixtures.groupPath(c.fixtures.group()) + "/exportTemplate" + API,
                            "{\"resources\": [\"*\"], \"options\": \"IncludeParameterDefaultValue\"}");
                    if (exported.status() == 202) {
                        exported = c.http.settle(exported.header("Location").orElseThrow());
                    }
                    Expect.status(exported, 200);
                    Expect.that(exported.body().contains("Microsoft.Storage/storageAccounts"),
                            "exported template lacks the storage account: " + exported);
                }));
    }
}
