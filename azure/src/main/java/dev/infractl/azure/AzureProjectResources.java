package dev.infractl.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.app.ProjectResources;
import dev.infractl.deploy.ProjectTag;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The resources this project's deployments created, read from their operations: Resource Manager records
 * {@code statusCode: Created} when a PUT made the resource and {@code OK} when it only updated one that existed
 * (such as the fine-tuning storage account the template names again).
 */
public final class AzureProjectResources implements ProjectResources {

    private static final String API_VERSION = "2021-04-01";

    private final ArmRest arm;
    private final String groupId;

    public AzureProjectResources(AzureConnection connection, String subscriptionId, String resourceGroup) {
        this.arm = new ArmRest(connection);
        this.groupId = "subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup;
    }

    @Override
    public Set<String> createdBy(ProjectTag project) {
        Set<String> created = new HashSet<>();
        JsonNode deployments = arm.get(groupId + "/providers/Microsoft.Resources/deployments", API_VERSION,
                "listing the deployments of " + groupId.substring(groupId.lastIndexOf('/') + 1)).orElse(null);
        if (deployments == null) {
            return created;
        }
        for (JsonNode deployment : deployments.path("value")) {
            Map<String, String> tags = new LinkedHashMap<>();
            deployment.path("tags").properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
            String name = deployment.path("name").asText();
            if (!project.marks(name, tags)) {
                continue;
            }
            arm.get(groupId + "/providers/Microsoft.Resources/deployments/" + name + "/operations", API_VERSION,
                    "listing the operations of deployment " + name).ifPresent(operations -> {
                        for (JsonNode operation : operations.path("value")) {
                            JsonNode properties = operation.path("properties");
                            if (properties.path("statusCode").asText().equalsIgnoreCase("Created")) {
                                created.add(properties.path("targetResource").path("id").asText().toLowerCase(Locale.ROOT));
                            }
                        }
                    });
        }
        return created;
    }
}
