package dev.infractl.params;

import dev.infractl.config.EnvironmentTarget;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Subscription: --subscription > the named environment's env.json > AZURE_SUBSCRIPTION_ID > inference.config.json >
 * finetuning.config.json > the az CLI's default. Resource group: the same order without the az CLI step. The
 * environment's own target comes before the variables because choosing --env is explicit, while a variable
 * set for the whole CI job or shell would otherwise send every environment to the same place.
 */
public final class TargetResolver {

    private final Map<String, String> environment;
    private final Path home;

    public TargetResolver(Map<String, String> environment, Path home) {
        this.environment = environment;
        this.home = home;
    }

    /**
     * @param inferenceConfig the values of inference.config.json, shown in sources as {@code inferenceConfigName}
     */
    public Target resolve(String subscriptionFlag, String resourceGroupFlag,
                          Map<String, String> inferenceConfig, Path inferenceConfigName,
                          Map<String, String> finetuningConfig, Path finetuningConfigName) {
        return resolve(subscriptionFlag, resourceGroupFlag, EnvironmentTarget.none(), null, inferenceConfig,
                inferenceConfigName, finetuningConfig, finetuningConfigName);
    }

    /**
     * @param environmentTarget the named environment's env.json, shown in sources as {@code environmentTargetName}
     */
    public Target resolve(String subscriptionFlag, String resourceGroupFlag,
                          EnvironmentTarget environmentTarget, Path environmentTargetName,
                          Map<String, String> inferenceConfig, Path inferenceConfigName,
                          Map<String, String> finetuningConfig, Path finetuningConfigName) {
        TargetSetting subscription = first(
                flag(subscriptionFlag, "--subscription"),
                fromEnvironmentTarget(environmentTarget.subscription(), environmentTargetName, "subscription"),
                fromEnvironment("AZURE_SUBSCRIPTION_ID"),
                fromConfig(inferenceConfig, inferenceConfigName, "SUBSCRIPTION_ID"),
                fromConfig(finetuningConfig, finetuningConfigName, "SUBSCRIPTION_ID"),
                azCliDefault());
        TargetSetting resourceGroup = first(
                flag(resourceGroupFlag, "--resource-group"),
                fromEnvironmentTarget(environmentTarget.resourceGroup(), environmentTargetName, "resourceGroup"),
                fromEnvironment("AZURE_RESOURCE_GROUP"),
                fromConfig(inferenceConfig, inferenceConfigName, "RESOURCE_GROUP_NAME"),
                fromConfig(finetuningConfig, finetuningConfigName, "RESOURCE_GROUP_NAME"));
        return new Target(subscription, resourceGroup);
    }

    @SafeVarargs
    private static TargetSetting first(Optional<TargetSetting>... candidates) {
        for (Optional<TargetSetting> candidate : candidates) {
            if (candidate.isPresent()) {
                return candidate.get();
            }
        }
        return TargetSetting.notSet();
    }

    private static Optional<TargetSetting> flag(String value, String option) {
        return present(value).map(v -> new TargetSetting(v, option));
    }

    private static Optional<TargetSetting> fromEnvironmentTarget(String value, Path file, String key) {
        return present(value).map(v -> new TargetSetting(v, file + " " + key));
    }

    private Optional<TargetSetting> fromEnvironment(String variable) {
        return present(environment.get(variable)).map(v -> new TargetSetting(v, variable));
    }

    private static Optional<TargetSetting> fromConfig(Map<String, String> config, Path file, String key) {
        return present(config.get(key)).map(v -> new TargetSetting(v, file + " " + key));
    }

    private Optional<TargetSetting> azCliDefault() {
        Path profile = AzureCliProfile.profileFile(environment, home);
        return AzureCliProfile.defaultSubscription(profile)
                .map(id -> new TargetSetting(id, "az CLI default subscription (" + profile + ")"));
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
