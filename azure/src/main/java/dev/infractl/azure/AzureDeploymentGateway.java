package dev.infractl.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.rest.Response;
import com.azure.core.management.exception.ManagementException;
import com.azure.core.util.Context;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.DeploymentsClient;
import com.azure.resourcemanager.resources.fluent.models.DeploymentExtendedInner;
import com.azure.resourcemanager.resources.models.DeploymentPropertiesExtended;
import dev.infractl.deploy.ArmError;
import dev.infractl.deploy.DeploymentGateway;
import dev.infractl.deploy.DeploymentOperation;
import dev.infractl.deploy.DeploymentRequest;
import dev.infractl.deploy.DeploymentSnapshot;
import dev.infractl.deploy.DeploymentSummary;
import dev.infractl.deploy.ProjectTag;
import dev.infractl.deploy.ProvisioningState;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/** {@link DeploymentGateway} over azure-resourcemanager-resources for one resource group. */
final class AzureDeploymentGateway implements DeploymentGateway {

    private final ResourceManager manager;
    private final DeploymentsClient deployments;
    private final String resourceGroup;
    private final AzureCalls calls;

    AzureDeploymentGateway(ResourceManager manager, String resourceGroup, URI endpoint) {
        this.manager = manager;
        this.deployments = manager.deploymentClient().getDeployments();
        this.resourceGroup = resourceGroup;
        this.calls = new AzureCalls(endpoint);
    }

    @Override
    public Optional<ArmError> validate(DeploymentRequest request) {
        return rejection("validating the deployment",
                () -> PreflightValidation.run(deployments, manager.httpPipeline(), resourceGroup, request));
    }

    @Override
    public Optional<ArmError> submit(DeploymentRequest request) {
        return rejection("submitting the deployment", () -> {
            deployments.createOrUpdateWithResponseAsync(resourceGroup, request.name(), DeploymentBodies.of(request))
                    .flatMap(response -> response.getValue().then()).block();
            return Optional.empty();
        });
    }

    @Override
    public DeploymentSnapshot snapshot(String deploymentName, Predicate<ProvisioningState> withOperations) {
        Response<DeploymentExtendedInner> response = calls.call("reading deployment " + deploymentName,
                () -> deployments.getByResourceGroupWithResponse(resourceGroup, deploymentName, Context.NONE));
        DeploymentPropertiesExtended properties = response.getValue().properties();
        ProvisioningState state = properties == null || properties.provisioningState() == null ? ProvisioningState.UNKNOWN
                : ProvisioningState.fromArm(properties.provisioningState().toString());
        List<DeploymentOperation> operations = !withOperations.test(state) ? List.of()
                : calls.call("listing the operations of " + deploymentName,
                        () -> StreamSupport.stream(manager.deploymentClient().getDeploymentOperations()
                                        .listByResourceGroup(resourceGroup, deploymentName).spliterator(), false)
                                .map(DeploymentBodies::operation).flatMap(Optional::stream).toList());
        Optional<ArmError> error = properties == null || properties.error() == null ? Optional.empty()
                : Optional.of(ArmErrors.of(properties.error()));
        return new DeploymentSnapshot(deploymentName, state, error, operations,
                properties == null ? Map.of() : DeploymentBodies.outputs(properties.outputs()),
                retryAfter(response.getHeaders()));
    }

    @Override
    public void cancel(String deploymentName) {
        calls.run("cancelling deployment " + deploymentName, () -> deployments.cancel(resourceGroup, deploymentName));
    }

    @Override
    public Optional<DeploymentSummary> latest(ProjectTag project) {
        return calls.call("listing the deployments of resource group " + resourceGroup,
                () -> StreamSupport.stream(deployments.listByResourceGroup(resourceGroup).spliterator(), false)
                        .filter(deployment -> project.marks(deployment.name(),
                                deployment.tags() == null ? Map.of() : deployment.tags()))
                        .max(Comparator.comparing(DeploymentExtendedInner::name))
                        .map(AzureDeploymentGateway::summary));
    }

    private static DeploymentSummary summary(DeploymentExtendedInner deployment) {
        var properties = deployment.properties();
        ProvisioningState state = properties == null || properties.provisioningState() == null ? ProvisioningState.UNKNOWN
                : ProvisioningState.fromArm(properties.provisioningState().toString());
        Instant timestamp = properties == null || properties.timestamp() == null ? Instant.EPOCH
                : properties.timestamp().toInstant();
        return new DeploymentSummary(deployment.name(), state, timestamp,
                properties == null ? Map.of() : DeploymentBodies.parameterValues(properties.parameters()));
    }

    /** ARM refusing the request is an answer, returned as its error tree; anything else is thrown. */
    private Optional<ArmError> rejection(String what, Supplier<Optional<ArmError>> call) {
        return calls.call(what, () -> {
            try {
                return call.get();
            } catch (ManagementException e) {
                int status = e.getResponse() == null ? 0 : e.getResponse().getStatusCode();
                if (status == 401 || status >= 500) {
                    throw e;
                }
                return Optional.of(ArmErrors.of(e));
            }
        });
    }

    /**
     * How long ARM asks us to wait, read as azure-core reads it: the millisecond headers first (retry-after-ms,
     * x-ms-retry-after-ms), then Retry-After in seconds or as an HTTP date.
     */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        for (String name : List.of("retry-after-ms", "x-ms-retry-after-ms")) {
            Optional<Long> millis = number(headers.getValue(HttpHeaderName.fromString(name)));
            if (millis.isPresent()) {
                return Optional.of(Duration.ofMillis(millis.get()));
            }
        }
        String header = headers.getValue(HttpHeaderName.RETRY_AFTER);
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> seconds = number(header);
        if (seconds.isPresent()) {
            return Optional.of(Duration.ofSeconds(seconds.get()));
        }
        try {
            Duration until = Duration.between(Instant.now(), DateTimeFormatter.RFC_1123_DATE_TIME.parse(header.strip(), Instant::from));
            return until.isNegative() ? Optional.empty() : Optional.of(until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
