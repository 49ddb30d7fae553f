package dev.infractl.azure;

import com.azure.core.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.app.GroupResource;
import dev.infractl.app.GroupResources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The resource group's resources through Resource Manager: list, DELETE by id, GET until 404. */
public final class AzureGroupResources implements GroupResources {

    private final ArmRest arm;
    private final String groupId;
    private final String group;

    public AzureGroupResources(AzureConnection connection, String subscriptionId, String resourceGroup) {
        this.arm = new ArmRest(connection);
        this.groupId = "subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup;
        this.group = resourceGroup;
    }

    @Override
    public List<GroupResource> list() {
        List<GroupResource> resources = new ArrayList<>();
        JsonNode page = arm.get(groupId + "/resources", "2021-04-01", "listing the resources of " + group).orElse(null);
        while (page != null) {
            for (JsonNode resource : page.path("value")) {
                Map<String, String> tags = new LinkedHashMap<>();
                resource.path("tags").properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
                resources.add(new GroupResource(resource.path("id").asText(), resource.path("type").asText(),
                        resource.path("name").asText(), tags));
            }
            String next = page.path("nextLink").asText("");
            page = next.isBlank() ? null : arm.poll(next, "listing the resources of " + group).body();
        }
        return resources;
    }

    @Override
    public void beginDelete(GroupResource resource) {
        arm.send(HttpMethod.DELETE, resource.id(), apiVersion(resource.type()), null, "deleting " + resource.shortName());
    }

    @Override
    public boolean exists(GroupResource resource) {
        return arm.get(resource.id(), apiVersion(resource.type()), "reading " + resource.shortName()).isPresent();
    }

    /** Resource Manager wants an api-version the resource's provider knows: the ones our template uses. */
    static String apiVersion(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("microsoft.app/")) {
            return AzureAppScaling.API_VERSION;
        }
        if (lower.startsWith("microsoft.storage/")) {
            return StorageAccounts.API_VERSION;
        }
        if (lower.startsWith("microsoft.operationalinsights/")) {
            return "2023-09-01";
        }
        return "2021-04-01";
    }
}
