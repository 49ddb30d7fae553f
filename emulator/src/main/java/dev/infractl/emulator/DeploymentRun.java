package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.PlannedResource;
import dev.infractl.arm.PreparedDeployment;
import dev.infractl.arm.ResourceIds;
import dev.infractl.arm.TemplateException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One deployment running: resources start as soon as everything they depend on succeeded (independent ones in
 * parallel, as ARM does), each takes its simulated time, then is written, or fails by an injected fault or the
 * GPU quota. A failed resource's dependents never start; the deployment ends when nothing runs any more.
 * A nested deployment (a Bicep module) runs as a deployment of its own; its operation here ends with it. In
 * Complete mode a deployment that succeeded then deletes what the template leaves out of the group.
 */
final class DeploymentRun {

    /** What a run needs from around it. */
    record Context(Resources resources, ResourceGroups groups, DeploymentRecords records, Faults faults, GpuQuota quota,
                   SimulatedDurations durations, ScheduledExecutorService scheduler, Clock clock, String subscriptionId,
                   PutChecks checks, ScopeTags tags) {
    }

    /** Starts nested deployments. */
    interface Modules {
        /**
         * @param body  the evaluated {@code Microsoft.Resources/deployments} resource
         * @param ended called once, never on the caller's thread: empty when the module succeeded, else its error
         */
        void start(String deploymentId, JsonNode body, String parentId, Consumer<Optional<ArmError>> ended);
    }

    static final String MODULE_TYPE = "Microsoft.Resources/deployments";

    private final String deploymentId;
    private final PreparedDeployment prepared;
    private final Context context;
    private final boolean complete;
    private final Modules modules;
    private final Consumer<Optional<ArmError>> ended;
    private final Map<String, PlannedResource> pending = new LinkedHashMap<>();
    private final Set<String> planned = new HashSet<>();
    private final Set<String> running = new HashSet<>();
    private final Set<String> succeeded = new HashSet<>();
    private final List<ArmError> failures = new ArrayList<>();
    private boolean canceled;
    private boolean finished;

    /** @param ended told how the run ended: empty when it succeeded, else its error */
    DeploymentRun(String deploymentId, PreparedDeployment prepared, Context context, boolean complete,
                  Set<String> alreadySucceeded, Modules modules, Consumer<Optional<ArmError>> ended) {
        this.deploymentId = deploymentId;
        this.prepared = prepared;
        this.context = context;
        this.complete = complete;
        this.modules = modules;
        this.ended = ended;
        for (PlannedResource resource : prepared.resources()) {
            if (resource.condition()) {
                String key = StateStore.normal(resource.resourceId());
                planned.add(key);
                if (alreadySucceeded.contains(key)) {
                    succeeded.add(key);
                } else {
                    pending.put(key, resource);
                }
            }
        }
    }

    synchronized void start() {
        context.records().setState(deploymentId, DeploymentState.Running, now());
        launchReady();
    }

    synchronized boolean cancel() {
        if (finished) {
            return false;
        }
        // Like ARM: the deployment is Canceled at once; resources already being written still finish.
        canceled = true;
        pending.clear();
        finished = true;
        context.records().setState(deploymentId, DeploymentState.Canceled, now());
        ended.accept(Optional.of(ArmError.of("DeploymentCanceled", "The deployment '" + deploymentId + "' was canceled.")));
        return true;
    }

    synchronized boolean isFinished() {
        return finished;
    }

    private void launchReady() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (PlannedResource resource : List.copyOf(pending.values())) {
                if (!pending.containsKey(StateStore.normal(resource.resourceId()))) {
                    continue;
                }
                List<String> waits = resource.dependsOn().stream().map(StateStore::normal).filter(planned::contains).toList();
                if (succeeded.containsAll(waits)) {
                    pending.remove(StateStore.normal(resource.resourceId()));
                    launch(resource);
                    progress = true;
                } else if (waits.stream().anyMatch(id -> !succeeded.contains(id) && !running.contains(id)
                        && !pending.containsKey(id))) {
                    pending.remove(StateStore.normal(resource.resourceId())); // a dependency failed: never starts
                    progress = true;
                }
            }
        }
        finishIfIdle();
    }

    private void launch(PlannedResource resource) {
        String key = StateStore.normal(resource.resourceId());
        String operationId = operationId(resource.resourceId());
        ObjectNode operation = OperationJson.running(deploymentId, operationId, resource, now());
        context.records().putOperation(deploymentId, operation);
        JsonNode body;
        try {
            body = prepared.evaluateResource(resource, state());
        } catch (TemplateException e) {
            ArmError error = ArmError.of(e.code(), e.getMessage() + (e.jsonPath() == null ? "" : " (at " + e.jsonPath() + ")"));
            fail(resource, operation, "BadRequest", error);
            return;
        }
        running.add(key);
        if (resource.type().equalsIgnoreCase(MODULE_TYPE)) {
            modules.start(resource.resourceId(), body, deploymentId, error -> moduleEnded(resource, operation, error));
            return;
        }
        context.scheduler().schedule(() -> complete(resource, operation, body),
                context.durations().of(resource.type()).toNanos(), TimeUnit.NANOSECONDS);
    }

    private synchronized void complete(PlannedResource resource, ObjectNode operation, JsonNode body) {
        String key = StateStore.normal(resource.resourceId());
        running.remove(key);
        try {
            Optional<ArmError> refusal = refusal(resource, body);
            if (refusal.isPresent()) {
                fail(resource, operation, "BadRequest", refusal.get());
            } else {
                Resources.Written written = write(resource, body);
                context.records().putOperation(deploymentId, OperationJson.succeeded(operation, written.created(), now()));
                succeeded.add(key);
            }
        } catch (RuntimeException unexpected) {
            fail(resource, operation, "InternalServerError", ArmError.of("InternalServerError", unexpected.toString()));
        }
        launchReady();
    }

    /** A subscription-scope template's resource groups are groups, not resources in one; tags go on their scope. */
    private Resources.Written write(PlannedResource resource, JsonNode body) {
        if (resource.type().equalsIgnoreCase(ResourceIds.RESOURCE_GROUPS)) {
            return context.groups().write(resource.name(), body.path("location").asText(), body.get("tags"));
        }
        if (resource.type().equalsIgnoreCase(ScopeTags.TYPE)) {
            return context.tags().declared(resource.resourceId(), TagRoutes.given(body));
        }
        return context.resources().write(resource.resourceId(), body.deepCopy());
    }

    private synchronized void moduleEnded(PlannedResource resource, ObjectNode operation, Optional<ArmError> error) {
        String key = StateStore.normal(resource.resourceId());
        running.remove(key);
        if (error.isPresent()) {
            fail(resource, operation, "Conflict", error.get());
        } else {
            context.records().putOperation(deploymentId, OperationJson.succeeded(operation, true, now()));
            succeeded.add(key);
        }
        launchReady();
    }

    private Optional<ArmError> refusal(PlannedResource resource, JsonNode body) {
        Optional<ResourceFault> fault = context.faults().forResource(resource.type(), resource.name());
        if (fault.isPresent()) {
            return Optional.of(fault.get().error());
        }
        Optional<ArmFailure> refused = context.checks().refusal(resource.type(), resource.name(), resource.resourceId(),
                resource.apiVersion(), body.get("location"));
        if (refused.isPresent()) {
            return Optional.of(refused.get().error());
        }
        if (resource.type().equalsIgnoreCase("Microsoft.App/managedEnvironments")) {
            return context.quota().check(resource.resourceId(), body, context.subscriptionId());
        }
        return Optional.empty();
    }

    private void fail(PlannedResource resource, ObjectNode operation, String statusCode, ArmError error) {
        context.records().putOperation(deploymentId, OperationJson.failed(operation, statusCode, error, now()));
        failures.add(new ArmError("ResourceDeploymentFailure", "The resource write operation failed to complete"
                + " successfully, because it reached terminal provisioning state 'Failed'.", resource.resourceId(),
                List.of(error)));
    }

    private void finishIfIdle() {
        if (finished || !running.isEmpty() || !pending.isEmpty()) {
            return;
        }
        finished = true;
        if (canceled) {
            context.records().setState(deploymentId, DeploymentState.Canceled, now());
            return;
        }
        if (!failures.isEmpty()) {
            end(DeploymentState.Failed, ArmError.of("DeploymentFailed", "At least one resource deployment operation"
                    + " failed. Please list deployment operations for details. Please see"
                    + " https://aka.ms/arm-deployment-operations for usage details.", failures), null);
            return;
        }
        try {
            if (complete) {
                deleteUndeclared();
            }
            ObjectNode outputs = Json.object();
            prepared.outputs(state()).forEach(outputs::set);
            end(DeploymentState.Succeeded, null, outputs);
        } catch (TemplateException e) {
            end(DeploymentState.Failed, ArmError.of(e.code(), "Unable to evaluate template outputs: " + e.getMessage()
                    + (e.jsonPath() == null ? "" : " (at " + e.jsonPath() + ")")), null);
        }
    }

    /** Each deletion is an operation of the deployment, as ARM lists it; child resources go with their parent. */
    private void deleteUndeclared() {
        String groupId = deploymentId.substring(0, deploymentId.toLowerCase(Locale.ROOT)
                .indexOf("/providers/microsoft.resources/deployments/"));
        Set<String> declared = UndeclaredResources.declared(prepared, context.records());
        for (ObjectNode left : UndeclaredResources.in(context.resources(), groupId, declared)) {
            String id = left.path("id").asText();
            String type = left.path("type").asText();
            if (!UndeclaredResources.deletedInCompleteMode(type) || context.resources().find(id).isEmpty()) {
                continue;
            }
            ObjectNode operation = OperationJson.running(deploymentId, operationId(id), "Delete", id, type,
                    left.path("name").asText(), now());
            context.records().putOperation(deploymentId, operation);
            context.resources().delete(id);
            context.records().putOperation(deploymentId, OperationJson.succeeded(operation, false, now()));
        }
    }

    private void end(DeploymentState state, ArmError error, ObjectNode outputs) {
        context.records().update(deploymentId, properties -> {
            if (error != null) {
                properties.set("error", error.toJson());
            }
            if (outputs != null) {
                properties.set("outputs", outputs);
            }
            var resources = properties.putArray("outputResources");
            succeeded.forEach(id -> context.resources().find(id).ifPresent(r -> resources.addObject().put("id", r.path("id").asText())));
        });
        context.records().setState(deploymentId, state, now());
        ended.accept(state == DeploymentState.Succeeded ? Optional.empty() : Optional.ofNullable(error));
    }

    private LiveState state() {
        return new LiveState(context.resources(), context.groups(), context.records());
    }

    private String operationId(String resourceId) {
        String seed = deploymentId + "|" + resourceId + "|" + System.nanoTime();
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
    }

    private Instant now() {
        return context.clock().instant();
    }
}
