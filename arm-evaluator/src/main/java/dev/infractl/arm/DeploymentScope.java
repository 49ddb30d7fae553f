package dev.infractl.arm;

/**
 * Where a template is deployed: what {@code subscription()}, {@code resourceGroup()} and {@code deployment()}
 * answer, and the prefix of every resource id the template builds. A subscription-scope deployment has no group
 * ({@code resourceGroupName} null): its location is the deployment's own, and {@code resourceGroup()} is an error.
 *
 * @param resourceGroupLocation the group's location, or a subscription-scope deployment's location
 */
public record DeploymentScope(String tenantId, String subscriptionId, String resourceGroupName,
                              String resourceGroupLocation, String deploymentName) {

    /** A deployment at {@code /subscriptions/{id}}, such as one whose template makes resource groups. */
    public static DeploymentScope subscription(String tenantId, String subscriptionId, String location,
                                               String deploymentName) {
        return new DeploymentScope(tenantId, subscriptionId, null, location, deploymentName);
    }

    public boolean atSubscription() {
        return resourceGroupName == null;
    }

    /** {@code /subscriptions/{id}/resourceGroups/{name}}. */
    public String resourceGroupId() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroupName;
    }

    public String subscriptionResourceId() {
        return "/subscriptions/" + subscriptionId;
    }

    /** Where the template's resources go when they name no other scope. */
    public String id() {
        return atSubscription() ? subscriptionResourceId() : resourceGroupId();
    }
}
