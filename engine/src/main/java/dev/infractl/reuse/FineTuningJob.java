package dev.infractl.reuse;

/**
 * A Container Apps job (Microsoft.App/jobs), as fine-tuning leaves it.
 *
 * @param environmentName the last segment of its environmentId
 * @param workloadProfileName the profile it runs on, or null when it runs on Consumption
 */
public record FineTuningJob(String name, String environmentName, String workloadProfileName) {
}
