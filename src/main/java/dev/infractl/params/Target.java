package dev.infractl.params;

import dev.infractl.InfractlException;

/** Where a deployment goes: subscription and resource group, each with its source (DESIGN.md, "Target"). */
public record Target(TargetSetting subscription, TargetSetting resourceGroup) {

    /** For commands that talk to Azure: the subscription id, or bad input saying every way to set it. */
    public String requireSubscription() {
        if (!subscription.isSet()) {
            throw InfractlException.badInput("no subscription is chosen", null,
                    "pass --subscription ID, set AZURE_SUBSCRIPTION_ID, put SUBSCRIPTION_ID in infra/inference.config.json,"
                            + " or choose a default with `az account set --subscription ID`");
        }
        return subscription.value();
    }

    /** For commands that talk to Azure: the resource group name, or bad input saying every way to set it. */
    public String requireResourceGroup() {
        if (!resourceGroup.isSet()) {
            throw InfractlException.badInput("no resource group is chosen", null,
                    "pass --resource-group NAME, set AZURE_RESOURCE_GROUP, or put RESOURCE_GROUP_NAME in"
                            + " infra/inference.config.json");
        }
        return resourceGroup.value();
    }
}
