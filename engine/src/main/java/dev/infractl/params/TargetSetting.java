package dev.infractl.params;

/**
 * One part of the deployment target and where it came from.
 *
 * @param value null when nothing sets it
 * @param source "--subscription", "AZURE_SUBSCRIPTION_ID", "infra/inference.config.json SUBSCRIPTION_ID", ...
 */
public record TargetSetting(String value, String source) {

    public static TargetSetting notSet() {
        return new TargetSetting(null, "not set");
    }

    public boolean isSet() {
        return value != null;
    }
}
