package dev.infractl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One {@code provision} run, with everything resolved offline.
 *
 * @param template the compiled ARM template
 * @param parameters ARM parameters {@code {"name": {"value": v}}}
 * @param configFile where the outputs are merged (infra/inference.config.json)
 * @param attachAnyway {@code --attach-anyway}: follow a running deployment of the project even when it runs
 *        with other parameters
 * @param waitedSince when this run began to wait for another run of the project to finish (it held the project's
 *        lock): a deployment that succeeded since then with the same parameters is that run's, and is this one's
 *        result too, not a reason to deploy again
 */
public record ProvisionRequest(DeploymentTarget target, JsonNode template, JsonNode parameters, ProjectTag project,
                               Path configFile, WaitOptions waiting, boolean attachAnyway, Optional<Instant> waitedSince) {

    public ProvisionRequest(DeploymentTarget target, JsonNode template, JsonNode parameters, ProjectTag project,
                            Path configFile, WaitOptions waiting, boolean attachAnyway) {
        this(target, template, parameters, project, configFile, waiting, attachAnyway, Optional.empty());
    }

    public ProvisionRequest(DeploymentTarget target, JsonNode template, JsonNode parameters, ProjectTag project,
                            Path configFile, WaitOptions waiting) {
        this(target, template, parameters, project, configFile, waiting, false);
    }

    /** The deployment this run submits, under {@code name}, tagged with the project. */
    public DeploymentRequest deployment(String name) {
        return new DeploymentRequest(name, template, parameters, project.asTags());
    }

    public ProvisionRequest withAttachAnyway(boolean attach) {
        return new ProvisionRequest(target, template, parameters, project, configFile, waiting, attach, waitedSince);
    }

    public ProvisionRequest withWaitedSince(Optional<Instant> since) {
        return new ProvisionRequest(target, template, parameters, project, configFile, waiting, attachAnyway, since);
    }
}
