package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.Cloud;
import dev.infractl.azure.ConnectionSettings;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code provision} runs of one project a second apart, against one emulator over HTTPS. Validation is slowed
 * down, so that without the lock and the last look before the PUT both runs would submit a deployment.
 */
class ConcurrentProvisionTest {

    @TempDir
    Path folder;

    @TempDir
    Path state;

    private Emulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void twoRunsOfOneProjectASecondApartSubmitExactlyOneDeployment() throws Exception {
        Path faults = Files.writeString(state.resolve("faults.json"),
                "{\"requests\": [{\"method\": \"POST\", \"path\": \"/validate$\", \"delayMs\": 2000}]}");
        emulator = Emulator.start(EmulatorSettings.defaults(state.resolve("arm")).withSpeed(0.1).withFaults(faults));
        AzureConnection.open(ConnectionSettings.forCloud(Cloud.named("AzureCloud"))
                .withArmEndpoint(emulator.armEndpoint(), emulator.caCertificate()).withAccessToken(emulator.token()))
                .resourceGroups(emulator.subscriptionId()).create("rg-race", "swedencentral");
        LocalProject first = new LocalProject(folder.resolve("phi3"));
        LocalProject second = new LocalProject(folder.resolve("phi3"), false);

        CompletableFuture<Integer> firstRun = CompletableFuture.supplyAsync(() -> provision(first));
        Thread.sleep(1100);
        CompletableFuture<Integer> secondRun = CompletableFuture.supplyAsync(() -> provision(second));

        assertThat(firstRun.get()).as(first.err).isZero();
        assertThat(secondRun.get()).as(second.err).isZero();
        List<String> puts = Stream.of(first.err, second.err).flatMap(String::lines)
                .filter(line -> line.matches("> PUT .*/deployments/inference-[0-9-]+\\?.*")).toList();
        assertThat(puts).as("deployments submitted by both runs").hasSize(1);
        assertThat(first.err + second.err).contains("Following deployment inference-");
        assertThat(second.err + first.err).as("the attached run says what the deployment does")
                .contains("is Running; not waiting");
    }

    private int provision(LocalProject project) {
        return project.run(command -> {
            if (command instanceof ProvisionCommand provision) {
                provision.environment = Map.of("INFRACTL_ACCESS_TOKEN", emulator.token());
            }
        }, "provision", "--yes", "--no-wait", "--verbose", "--arm-endpoint", emulator.armEndpoint().toString(),
                "--ca-cert", emulator.caCertificate().toString(), "--subscription", emulator.subscriptionId(),
                "--resource-group", "rg-race", "--location", "swedencentral");
    }
}
