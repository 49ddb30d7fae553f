package dev.infractl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLocationTest {

    @TempDir
    Path root;

    @Test
    void theProjectsOwnConfigIsInInfraAndEveryNamedEnvironmentsUnderInfractlEnvs() {
        ProjectLayout project = new ProjectLayout(root);

        assertThat(project.config().file()).isEqualTo(root.resolve("infra/inference.config.json"));
        assertThat(project.config().projectDefault()).isTrue();
        assertThat(project.config(ConfigLocation.LOCAL).file()).isEqualTo(root.resolve(".infractl/envs/local/inference.config.json"));
        assertThat(project.config(ConfigLocation.LOCAL).option()).isEqualTo(" --local");
        assertThat(project.config("staging").file()).isEqualTo(root.resolve(".infractl/envs/staging/inference.config.json"));
    }

    @Test
    void emulatorValuesLeftInTheAzureConfigAreIgnoredWithAWarningButAreTheLocalEnvironmentsOwn() throws IOException {
        ProjectLayout project = new ProjectLayout(root);
        String text = "{\"SUBSCRIPTION_ID\": \"" + ConfigLocation.EMULATOR_SUBSCRIPTION_ID + "\", \"RESOURCE_GROUP_NAME\": \"rg-x\"}";
        for (ConfigLocation location : List.of(project.config(), project.config(ConfigLocation.LOCAL))) {
            Files.createDirectories(location.file().getParent());
            Files.writeString(location.file(), text);
        }
        List<String> warnings = new ArrayList<>();

        assertThat(project.config().read(warnings)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("local emulator").contains("ignored");
        assertThat(project.config(ConfigLocation.LOCAL).read(warnings)).containsEntry("RESOURCE_GROUP_NAME", "rg-x");
        assertThat(warnings).hasSize(1);
    }

    @Test
    void atAStandaloneEmulatorGivenWithArmEndpointItsSubscriptionIsTheTargetNotALeftover() throws IOException {
        ProjectLayout project = new ProjectLayout(root);
        Files.createDirectories(project.config().file().getParent());
        Files.writeString(project.config().file(),
                "{\"SUBSCRIPTION_ID\": \"" + ConfigLocation.EMULATOR_SUBSCRIPTION_ID + "\", \"RESOURCE_GROUP_NAME\": \"rg-x\"}");
        List<String> warnings = new ArrayList<>();

        assertThat(project.config().atCustomEndpoint().read(warnings)).containsEntry("RESOURCE_GROUP_NAME", "rg-x");
        assertThat(warnings).isEmpty();
    }
}
