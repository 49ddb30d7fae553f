package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.PlannedResource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A deployment operation as Resource Manager lists it: one per resource, with its state and outcome. */
final class OperationJson {

    private OperationJson() {
    }

    static ObjectNode running(String deploymentId, String operationId, PlannedResource resource, Instant started) {
        return running(deploymentId, operationId, "Create", resource.resourceId(), resource.type(), resource.name(), started);
    }

    /** @param provisioningOperation Create, or Delete for what Complete mode removes */
    static ObjectNode running(String deploymentId, String operationId, String provisioningOperation, String resourceId,
                              String type, String name, Instant started) {
        ObjectNode operation = Json.object()
                .put("id", deploymentId + "/operations/" + operationId)
                .put("operationId", operationId);
        ObjectNode properties = operation.putObject("properties")
                .put("provisioningOperation", provisioningOperation)
                .put("provisioningState", "Running")
                .put("timestamp", started.toString())
                .put("duration", "PT0S")
                .put("trackingId", UUID.nameUUIDFromBytes(operationId.getBytes(
                        StandardCharsets.UTF_8)).toString());
        properties.putObject("targetResource")
                .put("id", resourceId)
                .put("resourceType", type)
                .put("resourceName", name);
        return operation;
    }

    static ObjectNode succeeded(ObjectNode running, boolean created, Instant now) {
        ObjectNode properties = finish(running, "Succeeded", now);
        properties.put("statusCode", created ? "Created" : "OK");
        properties.putObject("statusMessage").put("status", "Succeeded");
        return running;
    }

    static ObjectNode failed(ObjectNode running, String statusCode, ArmError error, Instant now) {
        ObjectNode properties = finish(running, "Failed", now);
        properties.put("statusCode", statusCode);
        ObjectNode message = properties.putObject("statusMessage").put("status", "Failed");
        message.set("error", error.toJson());
        return running;
    }

    private static ObjectNode finish(ObjectNode operation, String state, Instant now) {
        ObjectNode properties = (ObjectNode) operation.get("properties");
        Instant started = Instant.parse(properties.path("timestamp").asText());
        properties.put("provisioningState", state);
        properties.put("duration", Duration.between(started, now).toString());
        properties.put("timestamp", now.toString());
        return properties;
    }
}
