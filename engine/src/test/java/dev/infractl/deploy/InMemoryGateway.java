package dev.infractl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A deployment gateway whose deployment goes through scripted snapshots, one per poll; the last one
 * repeats. Records what the engine asked for.
 */
final class InMemoryGateway implements DeploymentGateway, ResourceGroups {

    static final String STORAGE = "Microsoft.Storage/storageAccounts";
    static final String ENVIRONMENT = "Microsoft.App/managedEnvironments";
    static final String APP = "Microsoft.App/containerApps";

    /** Validation runs beside the group check, on another thread. */
    final List<DeploymentRequest> validated = new CopyOnWriteArrayList<>();
    final List<DeploymentRequest> submitted = new ArrayList<>();
    final List<String> cancelled = new ArrayList<>();
    final List<String> polled = new ArrayList<>();
    /** The polls that also listed the deployment's operations (one request more each). */
    final List<String> operationsListed = new ArrayList<>();
    final List<String> groupsCreated = new ArrayList<>();
    private final Deque<Script> script = new ArrayDeque<>();
    Optional<ArmError> validationError = Optional.empty();
    Optional<ArmError> submitError = Optional.empty();
    Optional<DeploymentSummary> latest = Optional.empty();
    boolean groupExists = true;

    /** The deployment's state and operations at the next poll. */
    InMemoryGateway then(ProvisioningState state, DeploymentOperation... operations) {
        script.add(new Script(state, List.of(operations), Optional.empty(), Optional.empty()));
        return this;
    }

    InMemoryGateway thenRetryAfter(Duration retryAfter, ProvisioningState state, DeploymentOperation... operations) {
        script.add(new Script(state, List.of(operations), Optional.of(retryAfter), Optional.empty()));
        return this;
    }

    InMemoryGateway thenFailed(ArmError error, DeploymentOperation... operations) {
        script.add(new Script(ProvisioningState.FAILED, List.of(operations), Optional.empty(), Optional.of(error)));
        return this;
    }

    static DeploymentOperation operation(String type, String name, ProvisioningState state) {
        return new DeploymentOperation("/subscriptions/s/resourceGroups/rg/providers/" + type + "/" + name, type, name,
                state, Optional.empty(), Optional.empty());
    }

    static DeploymentOperation failedOperation(String type, String name, ArmError error) {
        return new DeploymentOperation("/subscriptions/s/resourceGroups/rg/providers/" + type + "/" + name, type, name,
                ProvisioningState.FAILED, Optional.of(Duration.ofSeconds(3)), Optional.of(error));
    }

    void running(String name) {
        latest = Optional.of(new DeploymentSummary(name, ProvisioningState.RUNNING, Instant.EPOCH));
    }

    /** A running deployment of the project, listed with these parameter values (ARM leaves secure ones out). */
    void running(String name, Map<String, JsonNode> parameters) {
        latest = Optional.of(new DeploymentSummary(name, ProvisioningState.RUNNING, Instant.EPOCH, parameters));
    }

    @Override
    public Optional<ArmError> validate(DeploymentRequest request) {
        validated.add(request);
        // as ARM answers while the group is missing
        return groupExists ? validationError : Optional.of(ArmError.of("ResourceGroupNotFound",
                "Resource group 'rg' could not be found."));
    }

    @Override
    public Optional<ArmError> submit(DeploymentRequest request) {
        submitted.add(request);
        return submitError;
    }

    @Override
    public DeploymentSnapshot snapshot(String deploymentName, Predicate<ProvisioningState> withOperations) {
        polled.add(deploymentName);
        Script next = script.size() > 1 ? script.poll() : script.peek();
        boolean listing = withOperations.test(next.state);
        if (listing) {
            operationsListed.add(deploymentName);
        }
        Map<String, JsonNode> outputs = next.state == ProvisioningState.SUCCEEDED
                ? Map.of("ACA_APP_ENDPOINT", TextNode.valueOf("https://app.example"),
                        "STORAGE_ACCOUNT_NAME", TextNode.valueOf("stinference"), "extraOutput", TextNode.valueOf("x"))
                : Map.of();
        return new DeploymentSnapshot(deploymentName, next.state, next.error, listing ? next.operations : List.of(), outputs,
                next.retryAfter);
    }

    @Override
    public void cancel(String deploymentName) {
        cancelled.add(deploymentName);
        script.clear();
        then(ProvisioningState.CANCELED);
    }

    @Override
    public Optional<DeploymentSummary> latest(ProjectTag project) {
        return latest;
    }

    @Override
    public boolean exists(String name) {
        return groupExists;
    }

    @Override
    public void create(String name, String location) {
        groupsCreated.add(name + "@" + location);
        groupExists = true;
    }

    private record Script(ProvisioningState state, List<DeploymentOperation> operations, Optional<Duration> retryAfter,
                          Optional<ArmError> error) {
    }
}
