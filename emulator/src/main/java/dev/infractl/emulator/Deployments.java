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
 * Deployments in a resource group or, with a null group, at subscription scope (a template that makes groups and
 * deploys modules into them): submit (evaluated now, run in the background), cancel, validate, and resuming the
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

    /** @param resourceGroup null for a deployment at subscription scope */
    String id(String resourceGroup, String name) {
        return scopeId(resourceGroup) + "/providers/Microsoft.Resources/deployments/" + name;
    }

    List<ObjectNode> list(String resourceGroup) {
        if (resourceGroup != null) {
            groups.require(resourceGroup);
        }
        return records.listIn(scopeId(resourceGroup));
    }

    private String scopeId(String resourceGroup) {
        return resourceGroup == null ? subscription.id() : groups.id(resourceGroup);
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
        PreparedDeployment prepared = prepare(resourceGroup, name, template, parameters, location(resourceGroup, name, request));
        Preflight.checkPlanned(name, prepared, context.checks());
        ObjectNode body = DeploymentJson.accepted(id, name, request, template, prepared, context.clock().instant());
        records.create(id, body, template, parameters, null);
        start(id, prepared, completeMode(resourceGroup, properties), Set.of(), outcome -> { });
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
        PreparedDeployment prepared = prepare(resourceGroup, name, template, parameters, location(resourceGroup, name, request));
        Preflight.check(name, prepared, context.resources(), context.checks());
        return DeploymentJson.validated(id(resourceGroup, name), name, request, template, prepared,
                context.clock().instant());
    }

    /** What the deployment would change (see WhatIf), in the request's mode. */
    ObjectNode whatIf(String resourceGroup, String name, JsonNode request) {
        JsonNode properties = request.path("properties");
        PreparedDeployment prepared = prepare(resourceGroup, name, template(properties),
                properties.path("parameters").isObject() ? properties.get("parameters") : Json.object(),
                location(resourceGroup, name, request));
        return WhatIf.result(prepared, properties, resourceGroup == null ? null : groups.id(resourceGroup),
                context.resources(), records);
    }

    /**
     * Runs a nested deployment (a Bicep module) as a deployment of its own, in the group its id names, which
     * must exist. Failures to start (a missing group, a template link, an invalid template) end it at once.
     */
    private void startModule(String id, JsonNode resource, String parentId, Consumer<Optional<ArmError>> ended) {
        Consumer<Optional<ArmError>> later = outcome -> context.scheduler().execute(() -> ended.accept(outcome));
        try {
            DeploymentId target = DeploymentId.parse(id);
            subscription.check(target.subscriptionId());
            JsonNode properties = resource.path("properties");
            JsonNode template = template(properties);
            JsonNode parameters = properties.path("parameters").isObject() ? properties.get("parameters") : Json.object();
            synchronized (this) {
                DeploymentRun earlier = runs.get(StateStore.normal(id));
                if (earlier != null && !earlier.isFinished()) {
                    throw ArmFailure.conflict("DeploymentActive", "Unable to edit or replace deployment '"
                            + target.name() + "': a deployment of that name is still active.");
                }
                ObjectNode request = Json.object();
                if (resource.hasNonNull("location")) {
                    request.set("location", resource.get("location"));
                }
                request.putObject("properties").put("mode", properties.path("mode").asText("Incremental"));
                PreparedDeployment prepared = prepare(target.resourceGroup(), target.name(), template, parameters,
                        location(target.resourceGroup(), target.name(), request));
                records.create(id, DeploymentJson.accepted(id, target.name(), request, template, prepared,
                        context.clock().instant()), template, parameters, parentId);
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
            DeploymentId scope = DeploymentId.parse(id);
            try {
                PreparedDeployment prepared = prepare(scope.resourceGroup(), scope.name(), inputs.path("template"),
                        inputs.path("parameters"), location(scope.resourceGroup(), scope.name(), deployment));
                boolean complete = records.parent(id).isEmpty() && completeMode(scope.resourceGroup(), deployment.path("properties"));
                start(id, prepared, complete, records.keepFinishedOperations(id), outcome -> { });
            } catch (ArmFailure failure) {
                records.update(id, properties -> properties.set("error", failure.error().toJson()));
                records.setState(id, DeploymentState.Failed, context.clock().instant());
            }
        }
    }

    /** @param location a subscription-scope deployment's location (see {@link #location}); unused in a group */
    PreparedDeployment prepare(String resourceGroup, String name, JsonNode template, JsonNode parameters, String location) {
        DeploymentScope scope;
        if (resourceGroup == null) {
            scope = DeploymentScope.subscription(subscription.tenantId(), subscription.subscriptionId(), location, name);
        } else {
            ObjectNode group = groups.require(resourceGroup);
            scope = new DeploymentScope(subscription.tenantId(), subscription.subscriptionId(),
                    group.path("name").asText(), group.path("location").asText(), name);
        }
        try {
            return TemplateEvaluator.prepare(template, parameters, scope, context.clock());
        } catch (TemplateException e) {
            throw new ArmFailure(400, DeploymentJson.invalidTemplate(e));
        }
    }

    /**
     * Where a subscription-scope deployment's metadata is kept: the request's {@code location}, which ARM requires there
     * (a group-scope deployment takes its group's).
     */
    private static String location(String resourceGroup, String name, JsonNode request) {
        String location = request.path("location").asText("");
        if (resourceGroup == null && location.isBlank()) {
            throw ArmFailure.badRequest("InvalidDeployment", "The 'location' property must be specified for '" + name
                    + "'. Please see https://aka.ms/arm-deployment-subscription for usage details.");
        }
        return location.isBlank() ? null : Regions.normal(location);
    }

    /** Only a group-scope deployment deletes in Complete mode; at subscription scope it runs as Incremental here. */
    private static boolean completeMode(String resourceGroup, JsonNode properties) {
        return resourceGroup != null && UndeclaredResources.isComplete(properties);
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
