package dev.infractl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One {@code provision} run, with everything resolved offline.
 *
 * @param template the compiled ARM template
 * @param parameters ARM parameters {@code {"name": {"value": v}}}
 * @param configFile where the outputs are merged (infra/inference.config.json)
 */
public record ProvisionRequest(DeploymentTarget target, JsonNode template, JsonNode parameters, ProjectTag project,
                               Path configFile, WaitOptions waiting) {
}
