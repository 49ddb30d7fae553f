package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes around the project itself are named for what they are, with a fix that works, and exit 2. */
class BadInputMessagesTest {

    @TempDir
    Path root;

    @Test
    void aProjectFolderThatDoesNotExistIsNamedAsSuch() {
        LocalProject project = new LocalProject(root.resolve("typo"), false);

        assertThat(project.run("params")).isEqualTo(2);
        assertThat(project.err).contains("error: the project folder " + root.resolve("typo") + " does not exist")
                .contains("hint: check the path given to -C").doesNotContain("no template");
    }

    @Test
    void aProjectFolderThatIsAFileIsNamedAsSuch() throws IOException {
        LocalProject project = new LocalProject(Files.writeString(root.resolve("notes.txt"), "x"), false);

        assertThat(project.run("provision", "--local", "--yes")).isEqualTo(2);
        assertThat(project.err).contains("is a file, not a folder");
    }

    @Test
    void initStillCreatesANewProjectFolder() {
        LocalProject project = new LocalProject(root.resolve("new"), false);

        assertThat(project.run("init")).isZero();
        assertThat(root.resolve("new/infra/provision/inference.json")).isRegularFile();
    }

    @Test
    void anEmptyCompiledTemplateSaysHowToGetItBack() throws IOException {
        LocalProject project = new LocalProject(root, false);
        project.write("infra/provision/inference.json", "");

        assertThat(project.run("params")).isEqualTo(2);
        assertThat(project.err).contains("error: the compiled template infra/provision/inference.json is empty")
                .contains("git checkout -- infra/provision/inference.json").contains("infractl init --force")
                .doesNotContain("{}");
    }

    @Test
    void anEmptyCompiledTemplateBesideBicepSuggestsBuilding() {
        LocalProject project = new LocalProject(root);
        project.write("infra/provision/inference.json", "\n");

        assertThat(project.run("params")).isEqualTo(2);
        assertThat(project.err).contains("is empty").contains("`infractl build`").doesNotContain("{}");
    }

    @Test
    void localChecksRegionsAsParamsDoesBeforeAnythingIsDeployed() {
        LocalProject project = new LocalProject(root);

        for (String command : new String[] {"params", "plan", "provision"}) {
            assertThat(project.run(command, "--local", "--location", "marsnorth"))
                    .as(command).isEqualTo(2);
            assertThat(project.err).as(command).contains("error: --location: 'marsnorth' is not a region of AzureCloud");
        }
        assertThat(project.config()).doesNotExist();
    }
}
