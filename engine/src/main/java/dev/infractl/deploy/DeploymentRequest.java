package dev.infractl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What to submit: an Incremental resource-group deployment of a compiled template.
 *
 * @param parameters ARM parameter values in the file shape {@code {"name": {"value": v}}}
 * @param tags tags of the deployment itself; the project tag finds it again later
 */
public record DeploymentRequest(String name, JsonNode template, JsonNode parameters, Map<String, String> tags) {

    public DeploymentRequest {
        tags = Map.copyOf(tags);
    }
}
