package dev.infractl.azure;

import com.azure.core.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.app.AppFacts;
import dev.infractl.app.AppScale;
import dev.infractl.app.AppScaling;
import dev.infractl.app.WorkloadProfile;
import dev.infractl.config.JsonFiles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The app's scale rule and its environment's workload profiles as JSON merge patches, the way Container Apps
 * documents PATCH: only the fields we change are sent, so secrets and settings we never read stay as they are.
 */
public final class AzureAppScaling implements AppScaling {

    static final String API_VERSION = "2024-03-01";

    private final ArmRest arm;
    private final String appId;
    private final String name;

    public AzureAppScaling(AzureConnection connection, String subscriptionId, String resourceGroup, String name) {
        this.arm = new ArmRest(connection);
        this.appId = "subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.App/containerApps/" + name;
        this.name = name;
    }

    @Override
    public AppFacts app() {
        JsonNode app = arm.get(appId, API_VERSION, "reading container app " + name).orElseThrow(() ->
                new InfractlException(ExitCode.AZURE_FAILED, "container app " + name + " does not exist",
                        "check ACA_APP_NAME and RESOURCE_GROUP_NAME in infra/inference.config.json, or run `infractl provision`"));
        JsonNode properties = app.path("properties");
        JsonNode scale = properties.path("template").path("scale");
        String revision = properties.path("latestRevisionName").asText("");
        int replicas = revision.isBlank() ? 0 : arm.get(appId + "/revisions/" + revision + "/replicas", API_VERSION,
                "listing the replicas of " + revision).map(list -> list.path("value").size()).orElse(0);
        String environment = properties.path("managedEnvironmentId").asText(properties.path("environmentId").asText(""));
        Map<String, String> tags = new LinkedHashMap<>();
        app.path("tags").properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
        return new AppFacts(name, app.path("id").asText(appId), new AppScale(scale.path("minReplicas").asInt(0),
                scale.path("maxReplicas").asInt(10)), replicas, environment,
                properties.path("workloadProfileName").asText("Consumption"), app.path("location").asText(""), tags);
    }

    @Override
    public void scale(AppScale scale) {
        ObjectNode patch = JsonFiles.MAPPER.createObjectNode();
        patch.putObject("properties").putObject("template").putObject("scale")
                .put("minReplicas", scale.minReplicas()).put("maxReplicas", scale.maxReplicas());
        arm.send(HttpMethod.PATCH, appId, API_VERSION, patch, "scaling container app " + name);
    }

    @Override
    public Optional<WorkloadProfile> profile(String environmentId, String profileName) {
        for (JsonNode profile : environment(environmentId).path("properties").path("workloadProfiles")) {
            if (profile.path("name").asText().equalsIgnoreCase(profileName)) {
                return Optional.of(new WorkloadProfile(profile.path("name").asText(), profile.path("workloadProfileType").asText(),
                        profile.hasNonNull("minimumCount") ? profile.get("minimumCount").asInt() : null,
                        profile.hasNonNull("maximumCount") ? profile.get("maximumCount").asInt() : null));
            }
        }
        return Optional.empty();
    }

    @Override
    public Map<String, String> environmentTags(String environmentId) {
        Map<String, String> tags = new LinkedHashMap<>();
        environment(environmentId).path("tags").properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
        return tags;
    }

    @Override
    public void setProfileMinimum(String environmentId, String profileName, int minimum) {
        ArrayNode profiles = environment(environmentId).path("properties").path("workloadProfiles").deepCopy();
        for (JsonNode profile : profiles) {
            if (profile.path("name").asText().equalsIgnoreCase(profileName)) {
                ((ObjectNode) profile).put("minimumCount", minimum);
            }
        }
        ObjectNode patch = JsonFiles.MAPPER.createObjectNode();
        // a merge patch replaces arrays whole, so every profile is sent back as read
        patch.putObject("properties").set("workloadProfiles", profiles);
        arm.send(HttpMethod.PATCH, environmentId, API_VERSION, patch, "changing workload profile " + profileName);
    }

    private JsonNode environment(String environmentId) {
        return arm.get(environmentId, API_VERSION, "reading environment " + environmentId.substring(environmentId.lastIndexOf('/') + 1))
                .orElseGet(JsonFiles.MAPPER::createObjectNode);
    }
}
