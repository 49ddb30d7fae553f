package dev.infractl.deploy;

/**
 * Where the deployment goes.
 *
 * @param location the region for a resource group that does not exist yet; null when not given
 * @param portalUrl the cloud's portal, for links to the deployment
 */
public record DeploymentTarget(String subscriptionId, String resourceGroup, String location, String portalUrl) {

    /** The portal's blade of one deployment. */
    public String portalLink(String deploymentName) {
        return portalUrl + "/#@/resource/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.Resources/deployments/" + deploymentName + "/overview";
    }
}
