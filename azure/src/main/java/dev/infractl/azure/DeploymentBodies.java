package dev.infractl.azure;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.resourcemanager.resources.fluent.models.DeploymentInner;
import com.azure.resourcemanager.resources.fluent.models.DeploymentOperationInner;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.DeploymentOperationProperties;
import com.azure.resourcemanager.resources.models.DeploymentParameter;
import com.azure.resourcemanager.resources.models.DeploymentProperties;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.deploy.ArmError;
import dev.infractl.deploy.DeploymentOperation;
import dev.infractl.deploy.DeploymentRequest;
import dev.infractl.deploy.ProvisioningState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Translation between the engine's records and the SDK's deployment models. */
final class DeploymentBodies {

    private DeploymentBodies() {
    }

    static DeploymentInner of(DeploymentRequest request) {
        Map<String, DeploymentParameter> parameters = new LinkedHashMap<>();
        request.parameters().properties().forEach(field -> parameters.put(field.getKey(), parameter(field.getValue())));
        return new DeploymentInner().withTags(request.tags()).withProperties(new DeploymentProperties()
                .withMode(DeploymentMode.INCREMENTAL)
                .withTemplate(JsonFiles.MAPPER.convertValue(request.template(), Object.class))
                .withParameters(parameters));
    }

    /** Read by the SDK's own reader, so {@code value} and Key Vault {@code reference} both keep their shape. */
    private static DeploymentParameter parameter(JsonNode node) {
        try (JsonReader reader = JsonProviders.createReader(JsonFiles.MAPPER.writeValueAsString(node))) {
            return DeploymentParameter.fromJson(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation on a resource, or empty for operations on no resource (such as output evaluation). */
    static Optional<DeploymentOperation> operation(DeploymentOperationInner inner) {
        DeploymentOperationProperties properties = inner.properties();
        if (properties == null || properties.targetResource() == null || properties.targetResource().id() == null) {
            return Optional.empty();
        }
        var target = properties.targetResource();
        var error = properties.statusMessage() == null || properties.statusMessage().error() == null ? Optional.<ArmError>empty()
                : Optional.of(ArmErrors.of(properties.statusMessage().error()));
        return Optional.of(new DeploymentOperation(target.id(), target.resourceType(), target.resourceName(),
                ProvisioningState.fromArm(properties.provisioningState()), duration(properties.duration()), error));
    }

    /** ARM's outputs {@code {"NAME": {"type": "String", "value": v}}} as NAME -> v. */
    static Map<String, JsonNode> outputs(Object outputs) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (outputs == null) {
            return values;
        }
        JsonNode tree = JsonFiles.MAPPER.valueToTree(outputs);
        tree.properties().forEach(field -> values.put(field.getKey(),
                field.getValue().has("value") ? field.getValue().get("value") : field.getValue()));
        return values;
    }

    /** A deployment's parameters as ARM shows them, NAME -> value; secure ones (shown without a value) are left out. */
    static Map<String, JsonNode> parameterValues(Object parameters) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (parameters != null) {
            JsonFiles.MAPPER.valueToTree(parameters).properties().forEach(field -> {
                if (field.getValue().has("value")) {
                    values.put(field.getKey(), field.getValue().get("value"));
                }
            });
        }
        return values;
    }

    private static Optional<Duration> duration(String iso) {
        try {
            return iso == null ? Optional.empty() : Optional.of(Duration.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
