package dev.infractl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * A deployment found in the resource group, before we look at it in detail.
 *
 * @param parameters the values it runs with, by name, as ARM lists them (secure values are absent)
 */
public record DeploymentSummary(String name, ProvisioningState state, Instant timestamp, Map<String, JsonNode> parameters) {

    public DeploymentSummary {
        parameters = Map.copyOf(parameters);
    }

    public DeploymentSummary(String name, ProvisioningState state, Instant timestamp) {
        this(name, state, timestamp, Map.of());
    }
}
