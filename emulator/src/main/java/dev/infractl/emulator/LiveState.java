package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.ResourceState;
import java.util.Locale;
import java.util.Optional;

/**
 * What a running deployment's {@code reference()} and {@code list*()} read: the resources, and the deployment
 * records, so that {@code reference('module').outputs} reads a nested deployment's outputs.
 */
final class LiveState implements ResourceState {

    private static final String DEPLOYMENTS = "/providers/microsoft.resources/deployments/";

    private final ResourceState resources;
    private final DeploymentRecords records;

    LiveState(Resources resources, DeploymentRecords records) {
        this.resources = resources.state();
        this.records = records;
    }

    @Override
    public Optional<JsonNode> resource(String resourceId) {
        if (resourceId.toLowerCase(Locale.ROOT).contains(DEPLOYMENTS)) {
            return records.find(resourceId).map(JsonNode.class::cast);
        }
        return resources.resource(resourceId);
    }

    @Override
    public Optional<JsonNode> provider(String namespace) {
        return ProviderRoutes.describe(namespace).map(JsonNode.class::cast);
    }

    @Override
    public JsonNode listKeys(String resourceId, String apiVersion) {
        return resources.listKeys(resourceId, apiVersion);
    }

    @Override
    public Optional<JsonNode> action(String resourceId, String action, String apiVersion, JsonNode body) {
        return resources.action(resourceId, action, apiVersion, body);
    }
}
