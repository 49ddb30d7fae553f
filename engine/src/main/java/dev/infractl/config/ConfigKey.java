package dev.infractl.config;

/**
 * The keys of {@code infra/inference.config.json}, in the order we write them. The AI Toolkit's editor
 * commands read the same file, so these names never change.
 */
public enum ConfigKey {
    SUBSCRIPTION_ID,
    RESOURCE_GROUP_NAME,
    STORAGE_ACCOUNT_NAME,
    FILE_SHARE_NAME,
    ACA_APP_NAME,
    ACA_APP_ENDPOINT
}
