package dev.infractl.arm;

/**
 * Where a template is deployed: what {@code subscription()}, {@code resourceGroup()} and {@code deployment()}
 * answer, and the prefix of every resource id the template builds.
 */
public record DeploymentScope(String tenantId, String subscriptionId, String resourceGroupName,
                              String resourceGroupLocation, String deploymentName) {

    /** {@code /subscriptions/{id}/resourceGroups/{name}}. */
    public String resourceGroupId() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroupName;
    }

    public String subscriptionResourceId() {
        return "/subscriptions/" + subscriptionId;
    }
}
