package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.ResourceState;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a running deployment's {@code reference()} and {@code list*()} read: the resources, and the deployment
 * records, so that {@code reference('module').outputs} reads a nested deployment's outputs.
 */
final class LiveState implements ResourceState {

    private static final String DEPLOYMENTS = "/providers/microsoft.resources/deployments/";

    /** A resource group's own id, which a subscription-scope template reads with {@code reference('rg', v, 'full')}. */
    private static final Pattern GROUP = Pattern.compile("^/subscriptions/[^/]+/resourceGroups/([^/]+)$",
            Pattern.CASE_INSENSITIVE);

    private final ResourceState resources;
    private final ResourceGroups groups;
    private final DeploymentRecords records;

    LiveState(Resources resources, ResourceGroups groups, DeploymentRecords records) {
        this.resources = resources.state();
        this.groups = groups;
        this.records = records;
    }

    @Override
    public Optional<JsonNode> resource(String resourceId) {
        if (resourceId.toLowerCase(Locale.ROOT).contains(DEPLOYMENTS)) {
            return records.find(resourceId).map(JsonNode.class::cast);
        }
        Matcher group = GROUP.matcher(resourceId);
        if (group.matches()) {
            return groups.find(group.group(1)).map(JsonNode.class::cast);
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
