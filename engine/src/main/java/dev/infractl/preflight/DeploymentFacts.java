package dev.infractl.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.DeploymentScope;
import dev.infractl.arm.PlannedResource;
import dev.infractl.arm.PreparedDeployment;
import dev.infractl.arm.TemplateEvaluator;
import java.util.List;
import java.util.Optional;

/**
 * What the preflight needs to know about the deployment, worked out offline from the template and the
 * parameters: the region, the GPU profile and its scale, the storage account, every resource's resolved name.
 *
 * @param environmentId the managed environment's id; an existing one's GPUs are already in the usage
 */
public record DeploymentFacts(String region, String gpuProfile, int maximumInstances, String storageAccount,
                              Optional<String> environmentId, List<PlannedResource> resources) {

    public DeploymentFacts {
        resources = List.copyOf(resources);
    }

    /** @param groupLocation the resource group's region, which {@code resourceGroup().location} answers */
    public static DeploymentFacts of(JsonNode template, JsonNode parameters, String subscriptionId, String group,
                                     String groupLocation) {
        PreparedDeployment prepared = TemplateEvaluator.prepare(template, parameters,
                new DeploymentScope("00000000-0000-0000-0000-000000000000", subscriptionId, group, groupLocation,
                        "preflight"));
        List<PlannedResource> resources = prepared.resources().stream().filter(PlannedResource::condition).toList();
        String region = text(prepared, "location").orElse(groupLocation);
        String profile = text(prepared, "gpuProfile").orElse("NC24-A100");
        int instances = Optional.ofNullable(prepared.parameters().get("maximumInstanceCount")).map(JsonNode::asInt).orElse(1);
        String account = resources.stream().filter(resource -> resource.type().equalsIgnoreCase(
                "Microsoft.Storage/storageAccounts")).map(PlannedResource::name).findFirst()
                .or(() -> text(prepared, "storageAccountName")).orElse("");
        Optional<String> environment = resources.stream().filter(resource -> resource.type().equalsIgnoreCase(
                "Microsoft.App/managedEnvironments")).map(PlannedResource::resourceId).findFirst();
        return new DeploymentFacts(region, profile, instances, account, environment, resources);
    }

    private static Optional<String> text(PreparedDeployment prepared, String parameter) {
        return Optional.ofNullable(prepared.parameters().get(parameter)).filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(value -> !value.isBlank());
    }
}
