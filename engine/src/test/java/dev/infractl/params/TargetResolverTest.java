package dev.infractl.params;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subscription: flag > AZURE_SUBSCRIPTION_ID > inference config > fine-tuning config > az default. */
class TargetResolverTest {

    private static final Path INFERENCE = Path.of("infra/inference.config.json");
    private static final Path FINETUNING = Path.of("infra/finetuning.config.json");

    @TempDir
    Path home;

    final Map<String, String> environment = new HashMap<>();
    final Map<String, String> inference = new HashMap<>();
    final Map<String, String> finetuning = new HashMap<>();

    @Test
    void theFlagWinsOverEverything() throws IOException {
        everyLayerSetsTheTarget();

        Target target = resolve("sub-flag", "rg-flag");

        assertThat(target.subscription()).isEqualTo(new TargetSetting("sub-flag", "--subscription"));
        assertThat(target.resourceGroup()).isEqualTo(new TargetSetting("rg-flag", "--resource-group"));
    }

    @Test
    void theEnvironmentWinsOverTheConfigFiles() throws IOException {
        everyLayerSetsTheTarget();

        Target target = resolve(null, null);

        assertThat(target.subscription()).isEqualTo(new TargetSetting("sub-env", "AZURE_SUBSCRIPTION_ID"));
        assertThat(target.resourceGroup()).isEqualTo(new TargetSetting("rg-env", "AZURE_RESOURCE_GROUP"));
    }

    @Test
    void theInferenceConfigWinsOverTheFinetuningConfig() throws IOException {
        everyLayerSetsTheTarget();
        environment.clear();

        Target target = resolve(null, null);

        assertThat(target.subscription()).isEqualTo(new TargetSetting("sub-inference", "infra/inference.config.json SUBSCRIPTION_ID"));
        assertThat(target.resourceGroup().source()).isEqualTo("infra/inference.config.json RESOURCE_GROUP_NAME");
    }

    @Test
    void theFinetuningConfigWinsOverTheAzCliDefault() throws IOException {
        everyLayerSetsTheTarget();
        environment.clear();
        inference.clear();

        Target target = resolve(null, null);

        assertThat(target.subscription()).isEqualTo(new TargetSetting("sub-finetuning", "infra/finetuning.config.json SUBSCRIPTION_ID"));
        assertThat(target.resourceGroup().value()).isEqualTo("rg-finetuning");
    }

    @Test
    void theAzCliDefaultSubscriptionIsReadFromItsProfileWithAByteOrderMark() throws IOException {
        writeAzProfile(home.resolve(".azure"));

        Target target = resolve(null, null);

        assertThat(target.subscription().value()).isEqualTo("sub-az-default");
        assertThat(target.subscription().source()).startsWith("az CLI default subscription");
        assertThat(target.resourceGroup().isSet()).as("the az CLI has no default resource group").isFalse();
    }

    @Test
    void azureConfigDirMovesTheAzCliProfileAsForTheAzCli() throws IOException {
        Path elsewhere = home.resolve("elsewhere");
        writeAzProfile(elsewhere);
        environment.put("AZURE_CONFIG_DIR", elsewhere.toString());

        assertThat(resolve(null, null).subscription().value()).isEqualTo("sub-az-default");
    }

    @Test
    void nothingSetMeansNotSet() {
        Target target = resolve(null, null);

        assertThat(target.subscription()).isEqualTo(TargetSetting.notSet());
        assertThat(target.resourceGroup()).isEqualTo(TargetSetting.notSet());
    }

    @Test
    void aDamagedAzProfileIsSkipped() throws IOException {
        Files.createDirectories(home.resolve(".azure"));
        Files.writeString(home.resolve(".azure/azureProfile.json"), "{not json");

        assertThat(resolve(null, null).subscription().isSet()).isFalse();
    }

    private Target resolve(String subscription, String resourceGroup) {
        return new TargetResolver(environment, home).resolve(subscription, resourceGroup, inference, INFERENCE, finetuning, FINETUNING);
    }

    private void everyLayerSetsTheTarget() throws IOException {
        environment.put("AZURE_SUBSCRIPTION_ID", "sub-env");
        environment.put("AZURE_RESOURCE_GROUP", "rg-env");
        inference.put("SUBSCRIPTION_ID", "sub-inference");
        inference.put("RESOURCE_GROUP_NAME", "rg-inference");
        finetuning.put("SUBSCRIPTION_ID", "sub-finetuning");
        finetuning.put("RESOURCE_GROUP_NAME", "rg-finetuning");
        writeAzProfile(home.resolve(".azure"));
    }

    private static void writeAzProfile(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("azureProfile.json"), "\uFEFF{\"installationId\": \"x\", \"subscriptions\": ["
                + "{\"id\": \"sub-other\", \"name\": \"Other\", \"isDefault\": false},"
                + "{\"id\": \"sub-az-default\", \"name\": \"Dev\", \"isDefault\": true}]}", StandardCharsets.UTF_8);
    }
}
