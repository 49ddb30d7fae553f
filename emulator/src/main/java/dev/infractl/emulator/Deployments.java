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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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
        Preflight.checkPlanned(name, prepared, context.checks());
        ObjectNode body = DeploymentJson.accepted(id, name, request, template, prepared, context.clock().instant());
        records.create(id, body, template, parameters, null);
        start(id, prepared, UndeclaredResources.isComplete(properties), Set.of(), outcome -> { });
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
        Preflight.check(name, prepared, context.resources(), context.checks());
        return DeploymentJson.validated(id(resourceGroup, name), name, request, template, prepared,
                context.clock().instant());
    }

    /** What the deployment would change (see WhatIf), in the request's mode. */
    ObjectNode whatIf(String resourceGroup, String name, JsonNode request) {
        JsonNode properties = request.path("properties");
        PreparedDeployment prepared = prepare(resourceGroup, name, template(properties),
                properties.path("parameters").isObject() ? properties.get("parameters") : Json.object());
        return WhatIf.result(prepared, properties, groups.id(resourceGroup), context.resources(), records, this::prepareModule);
    }

    /** A nested deployment made ready as its run would make it: in the group its id names, with its own inputs. */
    private PreparedDeployment prepareModule(String id, JsonNode resource) {
        ResourceId target = ResourceId.parse(id);
        subscription.check(target.subscriptionId());
        JsonNode properties = resource.path("properties");
        return prepare(target.resourceGroup(), target.leafName(), template(properties),
                properties.path("parameters").isObject() ? properties.get("parameters") : Json.object());
    }

    /**
     * Runs a nested deployment (a Bicep module) as a deployment of its own, in the group its id names, which
     * must exist. Failures to start (a missing group, a template link, an invalid template) end it at once.
     */
    private void startModule(String id, JsonNode resource, String parentId, Consumer<Optional<ArmError>> ended) {
        Consumer<Optional<ArmError>> later = outcome -> context.scheduler().execute(() -> ended.accept(outcome));
        try {
            ResourceId target = ResourceId.parse(id);
            JsonNode properties = resource.path("properties");
            synchronized (this) {
                DeploymentRun earlier = runs.get(StateStore.normal(id));
                if (earlier != null && !earlier.isFinished()) {
                    throw ArmFailure.conflict("DeploymentActive", "Unable to edit or replace deployment '"
                            + target.leafName() + "': a deployment of that name is still active.");
                }
                PreparedDeployment prepared = prepareModule(id, resource);
                ObjectNode request = Json.object();
                request.putObject("properties").put("mode", properties.path("mode").asText("Incremental"));
                records.create(id, DeploymentJson.accepted(id, target.leafName(), request, template(properties), prepared,
                        context.clock().instant()), template(properties),
                        properties.path("parameters").isObject() ? properties.get("parameters") : Json.object(), parentId);
                start(id, prepared, false, Set.of(), later);
            }
        } catch (ArmFailure failure) {
            later.accept(Optional.of(failure.error()));
        } catch (RuntimeException unexpected) {
            later.accept(Optional.of(ArmError.of("InternalServerError", unexpected.toString()))); // the parent must end
        }
    }

    /** Runs again the deployments a previous process left running, skipping resources it finished. */
    void resumeInterrupted() {
        for (ObjectNode deployment : records.all()) {
            String id = deployment.path("id").asText();
            if (!records.state(id).isActive() || records.parent(id).filter(this::isActive).isPresent()) {
                continue; // a module whose parent still runs is started again by the parent
            }
            ObjectNode inputs = records.inputs(id);
            ResourceId scope = ResourceId.parse(id);
            try {
                PreparedDeployment prepared = prepare(scope.resourceGroup(), scope.leafName(), inputs.path("template"),
                        inputs.path("parameters"));
                boolean complete = records.parent(id).isEmpty() && UndeclaredResources.isComplete(deployment.path("properties"));
                start(id, prepared, complete, records.keepFinishedOperations(id), outcome -> { });
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

    private boolean isActive(String id) {
        return records.find(id).isPresent() && records.state(id).isActive();
    }

    /** @param complete Complete mode: only a top-level deployment deletes (nested ones run Incremental, as in ARM) */
    private void start(String id, PreparedDeployment prepared, boolean complete, Set<String> alreadySucceeded,
                       Consumer<Optional<ArmError>> ended) {
        DeploymentRun run = new DeploymentRun(id, prepared, context, complete, alreadySucceeded, this::startModule, ended);
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
