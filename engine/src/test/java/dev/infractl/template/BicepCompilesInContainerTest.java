package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame.OutputType;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * Compiles inference.bicep with the real Bicep compiler, in a container, and checks that the committed
 * inference.json promises the same parameters, resources and outputs. Where no Docker engine answers,
 * JUnit reports this class as skipped ("Docker is not available"); TemplateSourcesAgreeTest still runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class BicepCompilesInContainerTest {

    private static final DockerImageName AZURE_CLI = DockerImageName.parse("mcr.microsoft.com/azure-cli:2.67.0");
    private static final String BICEP_VERSION = "v0.30.23";
    /** A guard against a stuck pull or download, not a performance expectation. */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

    @Test
    void realCompilerProducesWhatIsCommitted() {
        try (GenericContainer<?> compiler = new GenericContainer<>(AZURE_CLI)
                .withCopyToContainer(MountableFile.forHostPath(TemplateFiles.BICEP), "/template/inference.bicep")
                .withCommand("sh", "-c", "az bicep install --version " + BICEP_VERSION + " >&2"
                        + " && az bicep build --file /template/inference.bicep --stdout")
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(GIVE_UP_AFTER))) {
            compiler.start();
            JsonNode compiledNow = JsonFiles.parse(TemplateFiles.BICEP, compiler.getLogs(OutputType.STDOUT));

            TemplateShape expected = TemplateShape.of(compiledNow);
            TemplateShape committed = TemplateShape.of(TemplateFiles.compiled());
            assertThat(committed.parameters()).as("parameters of the committed inference.json")
                    .containsExactlyEntriesOf(expected.parameters());
            assertThat(committed.resources()).containsExactlyElementsOf(expected.resources());
            assertThat(committed.outputs()).containsExactlyEntriesOf(expected.outputs());
        }
    }
}
