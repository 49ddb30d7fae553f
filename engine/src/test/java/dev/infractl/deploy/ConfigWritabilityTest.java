package dev.infractl.deploy;

import static dev.infractl.deploy.ProvisioningState.RUNNING;
import static dev.infractl.deploy.ProvisioningState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file the run will write is checked before anything is sent; a late failure keeps the outputs. */
class ConfigWritabilityTest {

    @TempDir
    Path project;

    private final InMemoryGateway azure = new InMemoryGateway();
    private final FakeTime time = FakeTime.at("2026-12-01T04:30:05Z");
    private final List<ProvisionEvent> events = new ArrayList<>();

    @Test
    void aConfigThatIsAFolderStopsTheRunWithExitTwoBeforeAnyRequest() throws IOException {
        Path config = Files.createDirectories(project.resolve("infra/inference.config.json"));

        assertNothingSent(config, "is not a file");
    }

    @Test
    void anInfraThatIsAFileStopsTheRunWithExitTwoBeforeAnyRequest() throws IOException {
        Files.writeString(project.resolve("infra"), "not a folder");

        assertNothingSent(project.resolve("infra/inference.config.json"), "is not a folder");
    }

    @Test
    void aConfigThatHoldsNoJsonObjectStopsTheRunBeforeAnyRequest() throws IOException {
        Path config = Files.createDirectories(project.resolve("infra")).resolve("inference.config.json");
        Files.writeString(config, "[1, 2]\n");

        assertNothingSent(config, "must hold a JSON object");
    }

    @Test
    void whenTheWriteStillFailsAfterTheDeploymentTheOutputsAreReportedAndTheExitIsOneNotTwo() {
        Path config = project.resolve("infra/inference.config.json");
        azure.then(RUNNING).then(SUCCEEDED);
        time.onSleep(count -> {
            try {
                Files.createDirectories(config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThatThrownBy(() -> provisioner().provision(request(config)))
                .isInstanceOfSatisfying(InfractlException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.AZURE_FAILED);
                    assertThat(e.getMessage()).contains("succeeded").contains("not written");
                    assertThat(e.problems().get(0).hint()).contains("outputs are printed above");
                });
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(ProvisionEvent.Finished.class, finished ->
                assertThat(finished.outputs()).containsEntry("ACA_APP_ENDPOINT", "https://app.example"));
    }

    private void assertNothingSent(Path config, String message) {
        assertThatThrownBy(() -> provisioner().provision(request(config)))
                .isInstanceOfSatisfying(InfractlException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.problems().get(0).hint()).contains("nothing was sent");
                });
        assertThat(azure.validated).isEmpty();
        assertThat(azure.submitted).isEmpty();
    }

    private Provisioner provisioner() {
        return new Provisioner(azure, azure, events::add, question -> true, time.polling());
    }

    private ProvisionRequest request(Path config) {
        return new ProvisionRequest(new DeploymentTarget("sub", "rg", "swedencentral", "https://portal.azure.com"),
                JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode(), new ProjectTag("proj"),
                config, WaitOptions.untilDone());
    }
}
