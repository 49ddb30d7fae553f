package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two named environments of one project provisioned against one emulator, reached as a custom cloud
 * (--arm-endpoint, --ca-cert, INFRACTL_ACCESS_TOKEN) through the real SDK: each writes its own config.
 */
class ProvisionEnvironmentsTest {

    @TempDir
    Path folder;

    @TempDir
    Path emulatorState;

    Emulator emulator;

    @BeforeEach
    void startEmulator() {
        emulator = Emulator.start(EmulatorSettings.defaults(emulatorState).withSpeed(50));
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void devAndProdEachWriteTheirOwnConfigAndTheirResourcesLandInTheirOwnGroups() throws Exception {
        LocalProject project = new LocalProject(folder);
        project.write("infra/inference.config.json", AiToolkitProjectTest.NULL_INFERENCE_CONFIG);
        for (String env : new String[] {"dev", "prod"}) {
            assertThat(project.run("env", "new", env, "--subscription", emulator.subscriptionId(),
                    "--resource-group", "rg-phi3-" + env, "--location", "swedencentral")).as(project.err).isZero();
        }

        for (String env : new String[] {"dev", "prod"}) {
            int code = provision(project, "--env", env);
            assertThat(code).as(project.err).isZero();
            assertThat(project.err).contains("Wrote .infractl/envs/" + env + "/inference.config.json");
        }

        JsonNode dev = JsonFiles.read(folder.resolve(".infractl/envs/dev/inference.config.json"));
        JsonNode prod = JsonFiles.read(folder.resolve(".infractl/envs/prod/inference.config.json"));
        assertThat(dev.get("RESOURCE_GROUP_NAME").asText()).isEqualTo("rg-phi3-dev");
        assertThat(prod.get("RESOURCE_GROUP_NAME").asText()).isEqualTo("rg-phi3-prod");
        assertThat(dev.get("ACA_APP_ENDPOINT").asText()).isNotEqualTo(prod.get("ACA_APP_ENDPOINT").asText());
        assertThat(project.read(project.azureConfig())).isEqualTo(AiToolkitProjectTest.NULL_INFERENCE_CONFIG);
        assertThat(folder.resolve(".infractl/locks/dev.lock")).as("each environment has its own lock").exists();
        assertThat(folder.resolve(".infractl/locks/prod.lock")).exists();
        assertThat(folder.resolve(".infractl/locks/default.lock")).doesNotExist();
        // the emulator's state: a snapshot plus the changes journaled after it
        Path journal = emulatorState.resolve("state.journal");
        String state = (Files.readString(emulatorState.resolve("state.json"))
                + (Files.exists(journal) ? Files.readString(journal) : "")).toLowerCase(Locale.ROOT);
        for (String env : new String[] {"dev", "prod"}) {
            assertThat(state).contains("/resourcegroups/rg-phi3-" + env + "/providers/microsoft.app/containerapps/")
                    .contains("/resourcegroups/rg-phi3-" + env + "/providers/microsoft.storage/storageaccounts/");
        }
    }

    private int provision(LocalProject project, String... options) {
        String[] args = new String[options.length + 6];
        System.arraycopy(new String[] {"provision", "--yes", "--arm-endpoint", emulator.armEndpoint().toString(),
                "--ca-cert", emulator.caCertificate().toString()}, 0, args, 0, 6);
        System.arraycopy(options, 0, args, 6, options.length);
        return project.run(command -> {
            if (command instanceof ProvisionCommand provision) {
                provision.environment = Map.of("INFRACTL_ACCESS_TOKEN", emulator.token());
            }
        }, args);
    }
}
