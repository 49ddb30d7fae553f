package dev.infractl.emulator.fidelity;

import static dev.infractl.emulator.fidelity.Fixtures.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** az deployment group what-if and Complete mode, per the whatIf examples in azure-rest-api-specs. */
final class WhatIfCases {

    private WhatIfCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("what-if", "a resource not yet deployed is Create", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-wi1-" + c.fixtures.runId());
                    JsonNode change = onlyChange(c, group, "Incremental", "fid" + c.fixtures.runId() + "wi1", "a");
                    Expect.equal("Create", change.path("changeType").asText(), "changeType");
                }),
                new Case("what-if", "the same template again is NoChange", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-wi2-" + c.fixtures.runId());
                    String name = "fid" + c.fixtures.runId() + "wi2";
                    deployed(c, group, name, "a");
                    JsonNode change = onlyChange(c, group, "Incremental", name, "a");
                    Expect.equal("NoChange", change.path("changeType").asText(), "changeType");
                }),
                new Case("what-if", "a changed tag is Modify with the leaf path tags.env in delta", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-wi3-" + c.fixtures.runId());
                    String name = "fid" + c.fixtures.runId() + "wi3";
                    deployed(c, group, name, "a");
                    JsonNode change = onlyChange(c, group, "Incremental", name, "b");
                    Expect.equal("Modify", change.path("changeType").asText(), "changeType");
                    JsonNode delta = change.path("delta");
                    Expect.that(delta.isArray() && delta.size() > 0, "Modify without delta: " + change);
                    boolean leaf = false;
                    for (JsonNode property : delta) {
                        leaf |= property.path("path").asText().equals("tags.env")
                                && property.path("propertyChangeType").asText().equals("Modify")
                                && property.path("before").asText().equals("a") && property.path("after").asText().equals("b");
                    }
                    Expect.that(leaf, "no leaf delta {path: tags.env, Modify, a -> b}: " + delta);
                }),
                new Case("what-if", "a module's resource is a change at its own id and the module is none", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-wi5-" + c.fixtures.runId());
                    String name = "fid" + c.fixtures.runId() + "wi5";
                    Reply result = whatIf(c, group, Templates.body("Incremental", Templates.STORAGE_MODULE,
                            Templates.param("name", name)));
                    JsonNode changes = result.json().at("/properties/changes");
                    Expect.that(changes.isArray() && changes.size() == 1,
                            "expected only the module's account, got " + result);
                    Expect.that(changes.get(0).path("resourceId").asText().endsWith("/storageAccounts/" + name),
                            "not the module's account: " + changes.get(0));
                    Expect.equal("Create", changes.get(0).path("changeType").asText(), "changeType");
                }),
                new Case("what-if", "an IP rule inserted in the middle of an array is one Create child", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-wi6-" + c.fixtures.runId());
                    String name = "fid" + c.fixtures.runId() + "wi6";
                    String first = "{\"value\": \"203.0.113.0/24\", \"action\": \"Allow\"}";
                    String last = "{\"value\": \"192.0.2.10\", \"action\": \"Allow\"}";
                    Expect.field(c.fixtures.deploy(group, "rules", Templates.IP_RULES, "{\"name\": {\"value\": \"" + name
                            + "\"}, \"rules\": {\"value\": [" + first + ", " + last + "]}}"),
                            "/properties/provisioningState", "Succeeded");
                    Reply result = whatIf(c, group, Templates.body("Incremental", Templates.IP_RULES, "{\"name\": {\"value\": \""
                            + name + "\"}, \"rules\": {\"value\": [" + first + ", {\"value\": \"198.51.100.7\", \"action\": \"Allow\"}, "
                            + last + "]}}"));
                    JsonNode children = result.json().at("/properties/changes/0/delta/0/children");
                    Expect.that(children.isArray() && children.size() == 1, "expected one child, got " + children);
                    Expect.equal("1", children.get(0).path("path").asText(), "path");
                    Expect.equal("Create", children.get(0).path("propertyChangeType").asText(), "propertyChangeType");
                    Expect.equal("198.51.100.7", children.get(0).path("after").path("value").asText(), "after.value");
                }),
                new Case("what-if", "Complete mode shows Delete for a resource the template leaves out", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-wi4-" + c.fixtures.runId());
                    String name = "fid" + c.fixtures.runId() + "wi4";
                    deployed(c, group, name, "a");
                    Reply result = whatIf(c, group, Templates.body("Complete", Templates.EMPTY, "{}"));
                    Expect.field(result, "/properties/changes/0/changeType", "Delete");
                }),
                new Case("what-if", "Complete mode deletes what the template no longer declares", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-complete-" + c.fixtures.runId());
                    String name = "fid" + c.fixtures.runId() + "cm";
                    deployed(c, group, name, "a");
                    String deployment = c.fixtures.deploymentPath(group, "complete");
                    Expect.status(c.http.put(deployment + API, Templates.body("Complete", Templates.EMPTY, "{}")), 201);
                    Expect.field(c.http.until(deployment + API, "Succeeded|Failed|Canceled"),
                            "/properties/provisioningState", "Succeeded");
                    Expect.status(c.http.get(c.fixtures.accountPath(group, name) + Fixtures.STORAGE_API), 404);
                }));
    }

    private static void deployed(Clients c, String group, String name, String env) {
        Expect.field(c.fixtures.deploy(group, "storage", Templates.STORAGE,
                "{\"name\": {\"value\": \"" + name + "\"}, \"env\": {\"value\": \"" + env + "\"}}"),
                "/properties/provisioningState", "Succeeded");
    }

    private static JsonNode onlyChange(Clients c, String group, String mode, String name, String env) {
        Reply result = whatIf(c, group, Templates.body(mode, Templates.STORAGE,
                "{\"name\": {\"value\": \"" + name + "\"}, \"env\": {\"value\": \"" + env + "\"}}"));
        JsonNode changes = result.json().at("/properties/changes");
        Expect.that(changes.isArray() && changes.size() == 1, "expected one change, got " + result);
        return changes.get(0);
    }

    /** POST whatIf answers 202 with a Location whose final answer is the result (200 is accepted too). */
    private static Reply whatIf(Clients c, String group, String body) {
        Reply posted = c.http.post(c.fixtures.deploymentPath(group, "what-if") + "/whatIf" + API, body);
        Expect.status(posted, 200, 202);
        Reply result = posted.status() == 202
                ? c.http.settle(posted.header("Location").orElseThrow(() -> new Mismatch("202 without Location")))
                : posted;
        Expect.field(Expect.status(result, 200), "/status", "Succeeded");
        return result;
    }
}
