package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Deployments as stored: the ARM body a GET returns, the inputs (template and parameters) kept apart so the
 * GET does not echo them, and the operations list, one entry per resource.
 */
final class DeploymentRecords {

    static final String INPUTS = "deploymentInputs";
    static final String OPERATIONS = "deploymentOperations";

    private static final String SEALED = "sealedValue";
    private static final String PARENT = "parentDeploymentId";

    private final StateStore store;
    private final SealedValues sealed;

    DeploymentRecords(StateStore store, SealedValues sealed) {
        this.store = store;
        this.sealed = sealed;
    }

    Optional<ObjectNode> find(String id) {
        return store.get(StateStore.DEPLOYMENTS, id);
    }

    ObjectNode require(String id) {
        return find(id).orElseThrow(() -> ArmFailure.notFound("DeploymentNotFound",
                "Deployment '" + id.substring(id.lastIndexOf('/') + 1) + "' could not be found."));
    }

    List<ObjectNode> listIn(String resourceGroupId) {
        return store.list(StateStore.DEPLOYMENTS, resourceGroupId + "/providers/Microsoft.Resources/deployments/");
    }

    List<ObjectNode> all() {
        return store.list(StateStore.DEPLOYMENTS, "");
    }

    /** @param parentId the deployment a nested deployment belongs to, else null */
    void create(String id, ObjectNode body, JsonNode template, JsonNode parameters, String parentId) {
        ObjectNode inputs = Json.object();
        if (parentId != null) {
            inputs.put(PARENT, parentId);
        }
        inputs.set("template", template);
        inputs.set("parameters", sealSecure(template, parameters));
        store.put(INPUTS, id, inputs);
        store.put(OPERATIONS, id, Json.object().set("value", Json.array()));
        store.put(StateStore.DEPLOYMENTS, id, body);
    }

    /** The deployment that started this nested one, if it is one. */
    Optional<String> parent(String id) {
        return store.get(INPUTS, id).map(inputs -> inputs.path(PARENT).asText(null));
    }

    /** The template and parameters as submitted, secure values unsealed. */
    ObjectNode inputs(String id) {
        ObjectNode inputs = store.get(INPUTS, id).orElse(Json.object());
        if (inputs.path("parameters") instanceof ObjectNode parameters) {
            parameters.properties().forEach(entry -> {
                if (entry.getValue().hasNonNull(SEALED) && entry.getValue() instanceof ObjectNode parameter) {
                    parameter.set("value", Json.parse(sealed.open(parameter.remove(SEALED).asText())));
                }
            });
        }
        return inputs;
    }

    /** Secure parameters' values are kept sealed only: ARM never returns them, and no file may hold them in plain text. */
    private JsonNode sealSecure(JsonNode template, JsonNode parameters) {
        if (!(parameters instanceof ObjectNode object)) {
            return parameters;
        }
        ObjectNode kept = object.deepCopy();
        kept.properties().forEach(entry -> {
            String type = template.path("parameters").path(entry.getKey()).path("type").asText();
            if (type.toLowerCase(java.util.Locale.ROOT).startsWith("secure") && entry.getValue().has("value")
                    && entry.getValue() instanceof ObjectNode parameter) {
                parameter.put(SEALED, sealed.seal(Json.text(parameter.remove("value"))));
            }
        });
        return kept;
    }

    void update(String id, Consumer<ObjectNode> properties) {
        store.update(StateStore.DEPLOYMENTS, id, body -> properties.accept((ObjectNode) body.get("properties")));
    }

    /** Sets the state, and the duration since the deployment's timestamp when it ends. */
    void setState(String id, DeploymentState state, Instant now) {
        update(id, properties -> {
            properties.put("provisioningState", state.name());
            if (!state.isActive()) {
                Instant started = Instant.parse(properties.path("timestamp").asText(now.toString()));
                properties.put("duration", Duration.between(started, now).toString());
                properties.put("timestamp", now.toString());
            }
        });
    }

    DeploymentState state(String id) {
        return DeploymentState.of(require(id).path("properties").path("provisioningState").asText());
    }

    ArrayNode operations(String id) {
        return (ArrayNode) store.get(OPERATIONS, id).map(ops -> ops.get("value")).orElse(Json.array());
    }

    /** Adds an operation, or replaces the one with the same operationId. */
    void putOperation(String id, ObjectNode operation) {
        store.update(OPERATIONS, id, ops -> {
            ArrayNode value = (ArrayNode) ops.get("value");
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).path("operationId").asText().equals(operation.path("operationId").asText())) {
                    value.set(i, operation);
                    return;
                }
            }
            value.add(operation);
        });
    }

    /** Forgets operations that never finished (their process died); returns the ids of resources that did. */
    Set<String> keepFinishedOperations(String id) {
        Set<String> done = new HashSet<>();
        store.update(OPERATIONS, id, ops -> {
            ArrayNode kept = Json.array();
            for (JsonNode operation : ops.path("value")) {
                String state = operation.path("properties").path("provisioningState").asText();
                if (!state.equals("Running")) {
                    kept.add(operation);
                }
                if (state.equals("Succeeded")) {
                    done.add(StateStore.normal(operation.path("properties").path("targetResource").path("id").asText()));
                }
            }
            ops.set("value", kept);
        });
        return done;
    }

    void remove(String id) {
        store.remove(StateStore.DEPLOYMENTS, id);
        store.remove(INPUTS, id);
        store.remove(OPERATIONS, id);
    }
}
