package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quickstart's project, examples/phi3-inference: provision --local, then deploy --local twice. */
class ExampleProjectTest {

    static final Path EXAMPLE = Path.of("examples/phi3-inference");

    @TempDir
    Path folder;

    @Test
    void itsInfraFolderIsWhatInitWrites() throws IOException {
        for (String file : List.of("inference.bicep", "inference.json", "inference.parameters.json")) {
            assertThat(EXAMPLE.resolve("infra/provision").resolve(file)).as(file)
                    .hasSameTextualContentAs(Path.of("infra/provision").resolve(file));
        }
    }

    @Test
    void provisionThenDeployUploadsEveryFileThenNothing() throws IOException {
        LocalProject.copyExample(EXAMPLE, folder);
        LocalProject project = new LocalProject(folder, false);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();

        assertThat(project.run("deploy", "--local", "--output", "json")).as(project.err).isZero();
        JsonNode first = last(project.out);
        assertThat(first.get("status").asText()).isEqualTo("Succeeded");
        assertThat(first.get("uploaded").asInt()).isEqualTo(2);

        assertThat(project.run("deploy", "--local", "--output", "json")).as(project.err).isZero();
        JsonNode second = last(project.out);
        assertThat(second.get("uploaded").asInt()).isZero();
        assertThat(second.get("bytes_uploaded").asInt()).isZero();
    }

    private static JsonNode last(String out) throws IOException {
        String[] lines = out.strip().split("\n");
        return JsonFiles.MAPPER.readTree(lines[lines.length - 1]);
    }
}
