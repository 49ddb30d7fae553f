package dev.infractl.azure;

import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.DeploymentInner;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.DeploymentWhatIf;
import com.azure.resourcemanager.resources.models.DeploymentWhatIfProperties;
import com.azure.resourcemanager.resources.models.WhatIfChange;
import com.azure.resourcemanager.resources.models.WhatIfPropertyChange;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.infractl.config.JsonFiles;
import dev.infractl.deploy.ChangeType;
import dev.infractl.deploy.DeploymentRequest;
import dev.infractl.deploy.PlannedChange;
import dev.infractl.deploy.PropertyChange;
import dev.infractl.deploy.WhatIf;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link WhatIf} over the SDK's what-if long-running operation, polled as briskly as the deployment. */
final class AzureWhatIf implements WhatIf {

    private static final Duration POLL = Duration.ofMillis(250);

    private final ResourceManager manager;
    private final String resourceGroup;
    private final AzureCalls calls;

    AzureWhatIf(ResourceManager manager, String resourceGroup, URI endpoint) {
        this.manager = manager;
        this.resourceGroup = resourceGroup;
        this.calls = new AzureCalls(endpoint);
    }

    @Override
    public Result preview(DeploymentRequest request) {
        DeploymentInner body = DeploymentBodies.of(request);
        DeploymentWhatIf whatIf = new DeploymentWhatIf().withProperties(new DeploymentWhatIfProperties()
                .withMode(DeploymentMode.INCREMENTAL).withTemplate(body.properties().template())
                .withParameters(body.properties().parameters()));
        return calls.call("previewing the deployment (what-if)", () -> {
            try {
                var poller = manager.deploymentClient().getDeployments().beginWhatIf(resourceGroup, request.name(), whatIf);
                poller.setPollInterval(POLL);
                var result = poller.getFinalResult();
                if (result.error() != null) {
                    return new Result(List.of(), Optional.of(ArmErrors.of(result.error())));
                }
                List<PlannedChange> changes = new ArrayList<>();
                (result.changes() == null ? List.<WhatIfChange>of() : result.changes()).forEach(change -> changes.add(
                        new PlannedChange(change.resourceId(), ChangeType.fromArm(String.valueOf(change.changeType())),
                                delta(change.delta()), change.unsupportedReason())));
                return new Result(changes, Optional.empty());
            } catch (ManagementException e) {
                int status = e.getResponse() == null ? 0 : e.getResponse().getStatusCode();
                if (status == 401 || status >= 500) {
                    throw e;
                }
                return new Result(List.of(), Optional.of(ArmErrors.of(e)));
            }
        });
    }

    private static List<PropertyChange> delta(List<WhatIfPropertyChange> delta) {
        List<PropertyChange> changes = new ArrayList<>();
        if (delta != null) {
            delta.forEach(change -> changes.add(new PropertyChange(change.path(),
                    PropertyChange.Kind.fromArm(String.valueOf(change.propertyChangeType())), json(change.before()),
                    json(change.after()), delta(change.children()))));
        }
        return changes;
    }

    /** The SDK hands values over parsed (maps, lists, strings, numbers); the plan shows them as JSON. */
    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JsonFiles.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
