package dev.infractl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One {@code provision} run, with everything resolved offline.
 *
 * @param template the compiled ARM template
 * @param parameters ARM parameters {@code {"name": {"value": v}}}
 * @param configFile where the outputs are merged (infra/inference.config.json)
 * @param attachAnyway {@code --attach-anyway}: follow a running deployment of the project even when it runs
 *        with other parameters
 */
public record ProvisionRequest(DeploymentTarget target, JsonNode template, JsonNode parameters, ProjectTag project,
                               Path configFile, WaitOptions waiting, boolean attachAnyway) {

    public ProvisionRequest(DeploymentTarget target, JsonNode template, JsonNode parameters, ProjectTag project,
                            Path configFile, WaitOptions waiting) {
        this(target, template, parameters, project, configFile, waiting, false);
    }

    public ProvisionRequest withAttachAnyway(boolean attach) {
        return new ProvisionRequest(target, template, parameters, project, configFile, waiting, attach);
    }
}
