package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 items 7-9: with --local, bad input and an unusable state folder end as exit 2, before the emulator starts. */
class LocalStartTest {

    @TempDir
    Path folder;

    @Test
    void aBadParamLeavesNoEmulatorStateBehind() {
        LocalProject project = new LocalProject(folder);

        int code = project.run("provision", "--local", "--yes", "--param", "maximumInstanceCount=many");

        assertThat(code).as(project.err).isEqualTo(2);
        assertThat(project.err).contains("maximumInstanceCount").doesNotContain("\tat ");
        assertThat(folder.resolve(".infractl/local")).doesNotExist();
    }

    @Test
    void aBadFaultsFileWithLocalIsBadInputNotAStackTrace() throws Exception {
        LocalProject project = new LocalProject(folder);
        Path faults = Files.writeString(folder.resolve("faults.json"), "{\"requests\": [{\"status\": true}]}");

        int code = project.run("provision", "--local", "--yes", "--emulator-faults", faults.toString());

        assertThat(code).as(project.err).isEqualTo(2);
        assertThat(project.err).contains("$.requests[0].status").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(folder.resolve(".infractl/local")).doesNotExist();
    }

    @Test
    void aStateFolderThatCannotBeMadeIsBadInputWithWhereAndHow() throws Exception {
        LocalProject project = new LocalProject(folder);
        Files.createDirectories(folder.resolve(".infractl"));
        Files.writeString(folder.resolve(".infractl/local"), "a file where the state folder should be");

        int code = project.run("provision", "--local", "--yes");

        assertThat(code).as(project.err).isEqualTo(2);
        assertThat(project.err).contains("cannot write the emulator state folder").contains(".infractl/local")
                .contains("hint: make the folder writable").doesNotContain("\tat ");
    }
}
