package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.template.CompiledTemplate.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCompilerFallbackTest {

    @TempDir
    Path temp;
    FakeMachine machine;
    Path bicepFile;

    @BeforeEach
    void aProjectOnAMachineWithoutACompiler() {
        machine = new FakeMachine(temp);
        bicepFile = machine.bicep(FakeMachine.BICEP);
    }

    @Test
    void usesTheCommittedJsonWhenItRecordsThisExactBicepAndSaysSo() {
        machine.committedJson(SourceHash.of(bicepFile));

        CompiledTemplate template = machine.compiler().compile(machine.project);

        assertThat(template.origin()).isEqualTo(Origin.COMMITTED_JSON);
        assertThat(template.json().path("resources").get(0).path("type").asText()).isEqualTo("committed");
        assertThat(template.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .isEqualTo("no Bicep compiler found; using the committed inference.json, compiled from this exact"
                        + " inference.bicep"));
    }

    @Test
    void stopsWhenTheBicepChangedSinceTheJsonWasCompiled() {
        machine.committedJson(SourceHash.of(bicepFile));
        machine.bicep(FakeMachine.BICEP + "param added int\n");

        assertThatThrownBy(() -> machine.compiler().compile(machine.project))
                .isInstanceOfSatisfying(InfractlException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(error.getMessage()).isEqualTo("inference.bicep changed since inference.json was"
                            + " compiled, and no Bicep compiler was found to compile it");
                    assertThat(error.problems().get(0).hint()).contains("az bicep install")
                            .contains("https://github.com/Azure/bicep/releases").contains("INFRACTL_BICEP")
                            .contains("--bicep").contains("`infractl build`").contains("writes inference.json");
                });
    }

    @Test
    void stopsWhenTheJsonRecordsNoSource() {
        machine.committedJson(null);

        assertThatThrownBy(() -> machine.compiler().compile(machine.project))
                .isInstanceOfSatisfying(InfractlException.class, error -> {
                    assertThat(error.getMessage()).contains("does not record which inference.bicep");
                    assertThat(error.problems().get(0).location().jsonPath()).isEqualTo(CommittedTemplate.HASH_PATH);
                });
    }

    @Test
    void stopsWhenThereIsNoJsonToFallBackOn() {
        assertThatThrownBy(() -> machine.compiler().compile(machine.project))
                .isInstanceOfSatisfying(InfractlException.class, error ->
                        assertThat(error.getMessage()).contains("no Bicep compiler found")
                                .contains("no inference.json"));
    }

    @Test
    void aProjectWithOnlyJsonUsesItAsIsEvenWithACompiler() throws Exception {
        Files.delete(bicepFile);
        machine.committedJson(null);
        FakeBicep bicep = machine.bicepOnPath();

        CompiledTemplate template = machine.compiler().compile(machine.project);

        assertThat(template.origin()).isEqualTo(Origin.COMMITTED_JSON);
        assertThat(template.warnings()).isEmpty();
        assertThat(template.sourceSha256()).isNull();
        assertThat(bicep.calls()).isEmpty();
    }

    @Test
    void noTemplateAtAllPointsAtInit() {
        machine.project.templateBicep().toFile().delete();

        assertThatThrownBy(() -> machine.compiler().compile(machine.project))
                .isInstanceOfSatisfying(InfractlException.class, error ->
                        assertThat(error.problems().get(0).hint()).contains("infractl init"));
    }

    @Test
    void anAzWithoutBicepIsPassedOverWithAWarning() {
        machine.committedJson(SourceHash.of(bicepFile));
        FakeMachine.write(machine.bin.resolve("az"), "#!/bin/sh\necho 'Bicep CLI not found.' >&2\nexit 1\n")
                .toFile().setExecutable(true);

        CompiledTemplate template = machine.compiler().compile(machine.project);

        assertThat(template.origin()).isEqualTo(Origin.COMMITTED_JSON);
        assertThat(template.warnings()).as("the passed-over compiler is said once, in the fallback note").hasSize(1);
        assertThat(template.warnings().get(0).message()).contains("passed over").contains("az on PATH")
                .contains("Bicep CLI not found.");
    }

    @Test
    void anAzWithoutBicepIsAskedOnceNotOnEveryCommand() throws Exception {
        machine.committedJson(SourceHash.of(bicepFile));
        Path calls = temp.resolve("az.calls");
        FakeMachine.write(machine.bin.resolve("az"), "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n"
                + "echo 'Bicep CLI not found.' >&2\nexit 1\n").toFile().setExecutable(true);

        machine.compiler().compile(machine.project);
        CompiledTemplate again = machine.compiler().compile(machine.project);

        assertThat(Files.readAllLines(calls)).containsExactly("bicep version");
        assertThat(again.warnings().get(0).message()).contains("Bicep CLI not found.");
    }
}
