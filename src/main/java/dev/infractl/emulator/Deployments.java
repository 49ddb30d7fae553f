package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.DeploymentScope;
import dev.infractl.arm.PreparedDeployment;
import dev.infractl.arm.TemplateEvaluator;
import dev.infractl.arm.TemplateException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resource-group deployments: submit (evaluated now, run in the background), cancel, validate, and resuming the
 * ones a previous process left running. Concurrent deployments with different names run side by side, as in ARM.
 */
final class Deployments {

    private final Subscription subscription;
    private final ResourceGroups groups;
    private final DeploymentRecords records;
    private final DeploymentRun.Context context;
    private final Map<String, DeploymentRun> runs = new ConcurrentHashMap<>();

    Deployments(Subscription subscription, ResourceGroups groups, DeploymentRecords records, DeploymentRun.Context context) {
        this.subscription = subscription;
        this.groups = groups;
        this.records = records;
        this.context = context;
    }

    String id(String resourceGroup, String name) {
        return groups.id(resourceGroup) + "/providers/Microsoft.Resources/deployments/" + name;
    }

    List<ObjectNode> list(String resourceGroup) {
        groups.require(resourceGroup);
        return records.listIn(groups.id(resourceGroup));
    }

    DeploymentRecords records() {
        return records;
    }

    /** Accepts a deployment and starts it; ARM's DeploymentActive when one of that name still runs. */
    synchronized ObjectNode submit(String resourceGroup, String name, JsonNode request) {
        String id = id(resourceGroup, name);
        if (records.find(id).map(d -> records.state(id).isActive()).orElse(false)) {
            throw ArmFailure.conflict("DeploymentActive", "Unable to edit or replace deployment '" + name
                    + "': previous deployment from '" + records.require(id).path("properties").path("timestamp").asText()
                    + "' is still active (expiration time is '"
                    + context.clock().instant().plus(Duration.ofDays(7)) + "'). Please see"
                    + " https://aka.ms/arm-deploy for usage details.");
        }
        JsonNode properties = request.path("properties");
        JsonNode template = template(properties);
        JsonNode parameters = properties.path("parameters").isObject() ? properties.get("parameters") : Json.object();
        PreparedDeployment prepared = prepare(resourceGroup, name, template, parameters);
        ObjectNode body = DeploymentJson.accepted(id, name, request, template, prepared, context.clock().instant());
        records.create(id, body, template, parameters);
        start(id, prepared, UndeclaredResources.isComplete(properties), Set.of());
        return body;
    }

    boolean cancel(String resourceGroup, String name) {
        String id = id(resourceGroup, name);
        records.require(id);
        DeploymentRun run = runs.get(StateStore.normal(id));
        return run != null && records.state(id).isActive() && run.cancel();
    }

    /** Preflight: the template and parameters evaluate, every resource that needs nothing deployed does too. */
    ObjectNode validate(String resourceGroup, String name, JsonNode request) {
        JsonNode properties = request.path("properties");
        JsonNode template = template(properties);
        JsonNode parameters = properties.path("parameters").isObject() ? properties.get("parameters") : Json.object();
        PreparedDeployment prepared = prepare(resourceGroup, name, template, parameters);
        Preflight.check(prepared, context.resources());
        return DeploymentJson.validated(id(resourceGroup, name), name, request, template, prepared,
                context.clock().instant());
    }

    /** What the deployment would change (see WhatIf), in the request's mode. */
    ObjectNode whatIf(String resourceGroup, String name, JsonNode request) {
        JsonNode properties = request.path("properties");
        PreparedDeployment prepared = prepare(resourceGroup, name, template(properties),
                properties.path("parameters").isObject() ? properties.get("parameters") : Json.object());
        return WhatIf.result(prepared, properties, groups.id(resourceGroup), context.resources(), records);
    }

    /** Runs again the deployments a previous process left running, skipping resources it finished. */
    void resumeInterrupted() {
        for (ObjectNode deployment : records.all()) {
            String id = deployment.path("id").asText();
            if (!records.state(id).isActive()) {
                continue;
            }
            ObjectNode inputs = records.inputs(id);
            ResourceId scope = ResourceId.parse(id);
            try {
                PreparedDeployment prepared = prepare(scope.resourceGroup(), scope.leafName(), inputs.path("template"),
                        inputs.path("parameters"));
                start(id, prepared, UndeclaredResources.isComplete(deployment.path("properties")),
                        records.keepFinishedOperations(id));
            } catch (ArmFailure failure) {
                records.update(id, properties -> properties.set("error", failure.error().toJson()));
                records.setState(id, DeploymentState.Failed, context.clock().instant());
            }
        }
    }

    PreparedDeployment prepare(String resourceGroup, String name, JsonNode template, JsonNode parameters) {
        ObjectNode group = groups.require(resourceGroup);
        DeploymentScope scope = new DeploymentScope(subscription.tenantId(), subscription.subscriptionId(),
                group.path("name").asText(), group.path("location").asText(), name);
        try {
            return TemplateEvaluator.prepare(template, parameters, scope, context.clock());
        } catch (TemplateException e) {
            throw new ArmFailure(400, DeploymentJson.invalidTemplate(e));
        }
    }

    private void start(String id, PreparedDeployment prepared, boolean complete, Set<String> alreadySucceeded) {
        DeploymentRun run = new DeploymentRun(id, prepared, context, complete, alreadySucceeded);
        runs.put(StateStore.normal(id), run);
        run.start(); // only starts the first resources, so operations are listed as soon as the PUT answers
    }

    private static JsonNode template(JsonNode properties) {
        if (properties.path("template").isObject()) {
            return properties.get("template");
        }
        if (properties.has("templateLink")) {
            throw ArmFailure.badRequest("InvalidTemplateLink", "The emulator takes inline templates only"
                    + " (properties.template); it cannot download '" + properties.path("templateLink").path("uri").asText() + "'.");
        }
        throw ArmFailure.badRequest("InvalidRequestContent", "The deployment has no template: set properties.template.");
    }

    static String newCorrelationId() {
        return UUID.randomUUID().toString();
    }
}
