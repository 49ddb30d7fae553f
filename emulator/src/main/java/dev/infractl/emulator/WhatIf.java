package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.PlannedResource;
import dev.infractl.arm.PreparedDeployment;
import dev.infractl.arm.TemplateException;
import java.util.Optional;

/**
 * What a deployment would change, per resource: Create, Modify with leaf property changes, NoChange; for the
 * group's resources the template leaves out, Delete in Complete mode (where Azure deletes that type) and Ignore
 * otherwise. A resource that exists but reads one the deployment has yet to make cannot be predicted: Ignore.
 * Properties the emulator computes (endpoints, revisions, provisioningState) are compared as they would come out
 * of the PUT, so they never show as changes. With {@code resultFormat: ResourceIdOnly}, existing resources are Deploy
 * and nothing else is returned, as in ARM.
 */
final class WhatIf {

    private WhatIf() {
    }

    /**
     * @param properties the what-if request's properties: mode and whatIfSettings
     * @param groupId    the target group, whose other resources are Ignore or Delete; null at subscription scope
     */
    static ObjectNode result(PreparedDeployment prepared, JsonNode properties, String groupId, Resources resources,
                             DeploymentRecords records) {
        boolean idsOnly = properties.path("whatIfSettings").path("resultFormat").asText().equalsIgnoreCase("ResourceIdOnly");
        ObjectNode result = Json.object().put("status", "Succeeded");
        ArrayNode changes = result.putObject("properties").putArray("changes");
        for (PlannedResource resource : prepared.resources()) {
            if (resource.condition()) {
                changes.add(declared(prepared, resource, resources, idsOnly));
            }
        }
        if (groupId == null) {
            return result; // at subscription scope: only what the template declares
        }
        boolean complete = UndeclaredResources.isComplete(properties);
        for (ObjectNode left : UndeclaredResources.in(resources, groupId, UndeclaredResources.declared(prepared, records))) {
            boolean deleted = complete && UndeclaredResources.deletedInCompleteMode(left.path("type").asText());
            ObjectNode change = changes.addObject().put("resourceId", left.path("id").asText())
                    .put("changeType", deleted ? "Delete" : "Ignore");
            if (!idsOnly) {
                change.set("before", left);
            }
        }
        return result;
    }

    private static ObjectNode declared(PreparedDeployment prepared, PlannedResource resource, Resources resources,
                                       boolean idsOnly) {
        ObjectNode change = Json.object().put("resourceId", resource.resourceId());
        Optional<ObjectNode> before = resources.find(resource.resourceId());
        if (idsOnly) {
            return change.put("changeType", before.isPresent() ? "Deploy" : "Create");
        }
        JsonNode evaluated = evaluated(prepared, resource, resources);
        ObjectNode after = evaluated == null ? null : after(resource, evaluated);
        if (before.isEmpty()) {
            return change.put("changeType", "Create").set("after", after);
        }
        change.set("before", before.get());
        if (evaluated == null) {
            return change.put("changeType", "Ignore");
        }
        ArrayNode delta = PropertyDelta.between(Resources.declared(before.get()),
                Resources.declared(resources.predict(resource.resourceId(), evaluated)));
        change.put("changeType", delta.isEmpty() ? "NoChange" : "Modify").set("after", after);
        if (!delta.isEmpty()) {
            change.set("delta", delta);
        }
        return change;
    }

    /** The resource as the template declares it, secrets left out as Azure leaves them out. */
    private static ObjectNode after(PlannedResource resource, JsonNode evaluated) {
        ObjectNode after = Json.object().put("apiVersion", resource.apiVersion()).put("id", resource.resourceId())
                .put("name", resource.name()).put("type", resource.type());
        after.setAll(Resources.declared(evaluated).deepCopy());
        if (after.path("properties") instanceof ObjectNode properties) {
            WriteOnlyProperties.drop(resource.type(), properties);
        }
        return after;
    }

    private static JsonNode evaluated(PreparedDeployment prepared, PlannedResource resource, Resources resources) {
        try {
            return prepared.evaluateResource(resource, resources.state());
        } catch (TemplateException e) {
            return null; // reads a resource this deployment has yet to make
        }
    }
}
