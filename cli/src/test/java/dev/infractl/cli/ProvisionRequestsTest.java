package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.Cloud;
import dev.infractl.azure.ConnectionSettings;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requests {@code provision} sends before its PUT, read from --verbose against the emulator over HTTPS: ARM
 * validates and the group is checked while discovery looks, once each, and the project's deployments are listed
 * right before the PUT.
 */
class ProvisionRequestsTest {

    @TempDir
    Path folder;

    @TempDir
    Path state;

    private Emulator emulator;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorSettings.defaults(state.resolve("arm")).withSpeed(50));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void intoAnExistingGroupTheDeploymentIsValidatedOnceAndTheDeploymentsAreListedRightBeforeThePut() {
        AzureConnection.open(ConnectionSettings.forCloud(Cloud.named("AzureCloud"))
                .withArmEndpoint(emulator.armEndpoint(), emulator.caCertificate()).withAccessToken(emulator.token()))
                .resourceGroups(emulator.subscriptionId()).create("rg-phi3", "swedencentral");
        LocalProject project = new LocalProject(folder.resolve("phi3"));

        assertThat(provision(project)).as(project.err).isZero();

        List<String> sent = requests(project.err);
        assertThat(sent).filteredOn(line -> line.contains("/validate?")).hasSize(1);
        assertThat(sent).as("the group's check").filteredOn(line -> line.startsWith("HEAD ")).hasSize(1);
        int put = indexOfDeploymentPut(sent);
        assertThat(sent.get(put - 1)).as("the last look before the PUT").matches("GET .*/deployments/?\\?.*");
        assertThat(sent.subList(0, put)).filteredOn(line -> line.startsWith("PUT ")).isEmpty();
    }

    @Test
    void intoAMissingGroupTheGroupIsCreatedAndTheDeploymentValidatedAgainInItBeforeTheOnePut() {
        LocalProject project = new LocalProject(folder.resolve("phi3"));

        assertThat(provision(project)).as(project.err).isZero();

        List<String> sent = requests(project.err);
        int created = sent.indexOf(sent.stream().filter(line -> line.matches("PUT .*/resourcegroups/rg-phi3\\?.*"))
                .findFirst().orElseThrow());
        List<String> validations = sent.stream().filter(line -> line.contains("/validate?")).toList();
        assertThat(validations).as("the early one, answered ResourceGroupNotFound, and one in the new group").hasSize(2);
        assertThat(sent.lastIndexOf(validations.get(1))).isGreaterThan(created);
        assertThat(sent).filteredOn(line -> line.matches("PUT .*/deployments/inference-[0-9-]+\\?.*")).hasSize(1);
    }

    private int provision(LocalProject project) {
        return project.run(command -> {
            if (command instanceof ProvisionCommand provision) {
                provision.environment = Map.of("INFRACTL_ACCESS_TOKEN", emulator.token());
            }
        }, "provision", "--yes", "--verbose", "--skip-preflight", "--arm-endpoint", emulator.armEndpoint().toString(),
                "--ca-cert", emulator.caCertificate().toString(), "--subscription", emulator.subscriptionId(),
                "--resource-group", "rg-phi3", "--location", "swedencentral");
    }

    /** "METHOD url" of every request sent, in the order sent. */
    private static List<String> requests(String verbose) {
        return verbose.lines().filter(line -> line.startsWith("> ") && line.matches("> [A-Z]+ https?://.*"))
                .map(line -> line.substring(2)).toList();
    }

    private static int indexOfDeploymentPut(List<String> sent) {
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).matches("PUT .*/deployments/inference-[0-9-]+\\?.*")) {
                return i;
            }
        }
        throw new AssertionError("no deployment PUT in " + sent);
    }
}
