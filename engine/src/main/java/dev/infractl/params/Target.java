package dev.infractl.params;

/** Where a deployment goes: subscription and resource group, each with its source (DESIGN.md, "Target"). */
public record Target(TargetSetting subscription, TargetSetting resourceGroup) {
}
