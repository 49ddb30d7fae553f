package dev.infractl.deploy;

import java.time.Instant;

/** A deployment found in the resource group, before we look at it in detail. */
public record DeploymentSummary(String name, ProvisioningState state, Instant timestamp) {
}
