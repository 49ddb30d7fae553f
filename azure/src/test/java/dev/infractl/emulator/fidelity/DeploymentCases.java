package dev.infractl.emulator.fidelity;

import static dev.infractl.emulator.fidelity.Fixtures.API;

import com.azure.resourcemanager.resources.models.Deployment;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import java.util.List;
import java.util.Map;

/** az deployment group create/show/list/validate/cancel/delete/operations/export, per the deployments specs. */
final class DeploymentCases {

    private DeploymentCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("deployments", "create by the SDK ends Succeeded with the outputs", c -> {
                    Deployment done = c.arm().deployments().define("echo-sdk").withExistingResourceGroup(c.fixtures.group())
                            .withTemplate(Templates.ECHO).withParameters(Templates.param("greeting", "hi"))
                            .withMode(DeploymentMode.INCREMENTAL).create();
                    Expect.equal("Succeeded", done.provisioningState(), "provisioningState");
                    @SuppressWarnings("unchecked")
                    Map<String, Map<String, Object>> outputs = (Map<String, Map<String, Object>>) done.outputs();
                    Expect.equal("hi!", outputs.get("greeting").get("value"), "outputs.greeting.value");
                }),
                new Case("deployments", "PUT answers 201 with an Azure-AsyncOperation that ends Succeeded", c -> {
                    Reply put = Expect.status(c.http.put(path(c, "echo-raw") + API,
                            Templates.body("Incremental", Templates.ECHO, Templates.param("greeting", "raw"))), 201);
                    String async = put.header("Azure-AsyncOperation").orElseThrow(() -> new Mismatch("no Azure-AsyncOperation"));
                    Expect.field(c.http.settle(async), "/status", "Succeeded");
                }),
                new Case("deployments", "show has the outputs, templateHash, correlationId, timestamp and duration", c -> {
                    Reply shown = c.fixtures.deploy(c.fixtures.group(), "echo-show", Templates.ECHO,
                            Templates.param("greeting", "hey"));
                    Expect.field(shown, "/properties/outputs/greeting/value", "hey!");
                    Expect.field(shown, "/properties/mode", "Incremental");
                    for (String field : List.of("templateHash", "correlationId", "timestamp", "duration")) {
                        Expect.present(shown, "/properties/" + field);
                    }
                    Expect.field(shown, "/type", "Microsoft.Resources/deployments");
                }),
                new Case("deployments", "list by group includes every deployment", c -> {
                    c.fixtures.deploy(c.fixtures.group(), "echo-list", Templates.ECHO, Templates.param("greeting", "x"));
                    Expect.that(c.arm().deployments().listByResourceGroup(c.fixtures.group()).stream()
                            .anyMatch(d -> d.name().equals("echo-list")), "listByResourceGroup lacks echo-list");
                }),
                new Case("deployments", "exists is HEAD 204 for a deployment and 404 for none", c -> {
                    c.fixtures.deploy(c.fixtures.group(), "echo-head", Templates.ECHO, Templates.param("greeting", "x"));
                    Expect.status(c.http.head(path(c, "echo-head") + API), 204);
                    Expect.status(c.http.head(path(c, "none") + API), 404);
                }),
                new Case("deployments", "a missing deployment is 404 DeploymentNotFound", c ->
                        Expect.error(c.http.get(path(c, "none") + API), 404, "DeploymentNotFound")),
                new Case("deployments", "validate answers 200 (or 202, then 200) with provisioningState Succeeded", c -> {
                    Reply posted = Expect.status(c.http.post(path(c, "echo-valid") + "/validate" + API,
                            Templates.body("Incremental", Templates.ECHO, Templates.param("greeting", "x"))), 200, 202);
                    Reply valid = posted.status() == 202 ? Expect.status(c.http.settle(posted.header("Location")
                            .orElseThrow(() -> new Mismatch("202 without Location"))), 200) : posted;
                    Expect.field(valid, "/properties/provisioningState", "Succeeded");
                }),
                new Case("deployments", "validate looks no resource up: a reference() to a missing one passes", c -> {
                    String template = Templates.ECHO.replace("\"resources\": []", "\"resources\": [{\"type\":"
                            + " \"Microsoft.OperationalInsights/workspaces\", \"apiVersion\": \"2022-10-01\", \"name\": \"log-reads\","
                            + " \"location\": \"swedencentral\", \"properties\": {\"retentionInDays\": \"[reference(resourceId("
                            + "'Microsoft.OperationalInsights/workspaces', parameters('greeting')), '2022-10-01').retentionInDays]\"}}]");
                    Reply posted = Expect.status(c.http.post(path(c, "reads-missing") + "/validate" + API,
                            Templates.body("Incremental", template, Templates.param("greeting", "log-never-made"))), 200, 202);
                    Expect.status(posted.status() == 202 ? c.http.settle(posted.header("Location")
                            .orElseThrow(() -> new Mismatch("202 without Location"))) : posted, 200);
                }),
                new Case("deployments", "validate of an unknown function is 400 InvalidTemplate", c ->
                        Expect.error(c.http.post(path(c, "bad") + "/validate" + API, Templates.body("Incremental",
                                Templates.ECHO.replace("concat(", "concatenate("), Templates.param("greeting", "x"))),
                                400, "InvalidTemplate")),
                new Case("deployments", "a missing required parameter is 400 InvalidTemplate before anything runs", c ->
                        Expect.error(c.http.put(path(c, "noparam") + API, Templates.body("Incremental", Templates.ECHO,
                                "{}")), 400, "InvalidTemplate")),
                new Case("deployments", "an invalid storage account name fails preflight: InvalidTemplateDeployment", c -> {
                    Reply put = c.http.put(path(c, "badname") + API, Templates.body("Incremental", Templates.STORAGE,
                            Templates.param("name", "Not_Valid")));
                    Expect.error(put, 400, "InvalidTemplateDeployment");
                    Expect.that(put.body().contains("AccountNameInvalid"), "no AccountNameInvalid detail: " + put);
                }),
                new Case("deployments", "operations list each resource with its target and status code", c -> {
                    String name = "fid" + c.fixtures.runId() + "ops";
                    Reply done = c.fixtures.deploy(c.fixtures.group(), "storage-ops", Templates.STORAGE,
                            Templates.param("name", name));
                    Expect.field(done, "/properties/provisioningState", "Succeeded");
                    Reply ops = Expect.status(c.http.get(path(c, "storage-ops") + "/operations" + API), 200);
                    Expect.field(ops, "/value/0/properties/targetResource/resourceType", "Microsoft.Storage/storageAccounts");
                    Expect.field(ops, "/value/0/properties/targetResource/resourceName", name);
                    Expect.field(ops, "/value/0/properties/provisioningState", "Succeeded");
                    Expect.present(ops, "/value/0/properties/statusCode");
                    Expect.present(ops, "/value/0/operationId");
                }),
                new Case("deployments", "a reference() output reads the storage account's primaryEndpoints", c -> {
                    String name = "fid" + c.fixtures.runId() + "ref";
                    Reply done = c.fixtures.deploy(c.fixtures.group(), "storage-ref", Templates.STORAGE,
                            Templates.param("name", name));
                    Expect.that(done.at("/properties/outputs/blob/value").contains(name),
                            "blob endpoint does not name the account: " + done);
                }),
                new Case("deployments", "cancel makes a running deployment Canceled", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-cancel-" + c.fixtures.runId());
                    String deployment = c.fixtures.deploymentPath(group, "slow");
                    Expect.status(c.http.put(deployment + API, Templates.body("Incremental",
                            Fixtures.resource("/dev/infractl/emulator/inference.json"), "{}")), 201);
                    Expect.status(c.http.post(deployment + "/cancel" + API, null), 204);
                    Expect.field(c.http.until(deployment + API, "Succeeded|Failed|Canceled"),
                            "/properties/provisioningState", "Canceled");
                }),
                new Case("deployments", "cancel of a finished deployment is 409 DeploymentCannotBeCancelled", c -> {
                    c.fixtures.deploy(c.fixtures.group(), "echo-done", Templates.ECHO, Templates.param("greeting", "x"));
                    Expect.error(c.http.post(path(c, "echo-done") + "/cancel" + API, null), 409,
                            "DeploymentCannotBeCancelled");
                }),
                new Case("deployments", "delete answers 202 with a Location, then the deployment is gone", c -> {
                    c.fixtures.deploy(c.fixtures.group(), "echo-del", Templates.ECHO, Templates.param("greeting", "x"));
                    Reply accepted = Expect.status(c.http.delete(path(c, "echo-del") + API), 202);
                    c.http.settle(accepted.header("Location").orElseThrow(() -> new Mismatch("202 without Location")));
                    Expect.error(c.http.get(path(c, "echo-del") + API), 404, "DeploymentNotFound");
                }),
                new Case("deployments", "export template answers the template as sent", c -> {
                    c.fixtures.deploy(c.fixtures.group(), "echo-export", Templates.ECHO, Templates.param("greeting", "x"));
                    Reply exported = Expect.status(c.http.post(path(c, "echo-export") + "/exportTemplate" + API, null), 200);
                    Expect.field(exported, "/template/outputs/greeting/type", "string");
                }),
                new Case("deployments", "a module has its own deployment record and feeds the parent's outputs", c -> {
                    Reply done = c.fixtures.deploy(c.fixtures.group(), "with-module", Templates.MODULE, "{}");
                    Expect.field(done, "/properties/outputs/fromModule/value", "HELLO");
                    Expect.field(Expect.status(c.http.get(path(c, "inner") + API), 200),
                            "/properties/outputs/shout/value", "HELLO");
                }),
                new Case("deployments", "a subscription-scope deployment makes a resource group", c -> {
                    String group = "rg-fid-sub-" + c.fixtures.runId();
                    String deployment = c.endpoint.sub() + "/providers/Microsoft.Resources/deployments/sub-" + c.fixtures.runId();
                    Expect.status(c.http.put(deployment + API, "{\"location\": \"swedencentral\", \"properties\":"
                            + " {\"mode\": \"Incremental\", \"template\": " + Templates.group(group) + "}}"), 201);
                    Expect.field(c.http.until(deployment + API, "Succeeded|Failed|Canceled"),
                            "/properties/provisioningState", "Succeeded");
                    Expect.status(c.http.get(c.fixtures.groupPath(group) + API), 200);
                }));
    }

    static String path(Clients c, String name) {
        return c.fixtures.deploymentPath(c.fixtures.group(), name);
    }
}
