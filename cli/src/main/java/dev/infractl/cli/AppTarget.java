package dev.infractl.cli;

import dev.infractl.config.ConfigKey;
import dev.infractl.config.InferenceConfig;
import dev.infractl.config.ProjectLayout;
import java.util.EnumSet;
import java.util.Set;

/**
 * The container app deploy, logs and the meter commands act on: infra/inference.config.json's keys, with
 * --subscription and --resource-group winning.
 */
record AppTarget(String subscription, String resourceGroup, InferenceConfig config) {

    static final Set<ConfigKey> APP_KEYS = EnumSet.of(ConfigKey.SUBSCRIPTION_ID, ConfigKey.RESOURCE_GROUP_NAME,
            ConfigKey.ACA_APP_NAME);

    static AppTarget of(ProjectLayout project, TargetOptions target, Set<ConfigKey> required) {
        InferenceConfig config = InferenceConfig.read(project, target.config(project), required);
        return new AppTarget(target.subscription() != null ? target.subscription() : config.subscriptionId(),
                target.resourceGroup() != null ? target.resourceGroup() : config.resourceGroup(), config);
    }

    String appName() {
        return config.appName();
    }
}
