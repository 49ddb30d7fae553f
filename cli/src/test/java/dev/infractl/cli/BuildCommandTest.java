package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.template.FakeBicep;
import dev.infractl.template.FakeMachine;
import dev.infractl.template.SourceHash;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

    @TempDir
    Path temp;
    FakeMachine machine;
    Path bicepFile;
    String out;
    String err;

    @BeforeEach
    void aProject() {
        machine = new FakeMachine(temp);
        bicepFile = machine.bicep(FakeMachine.BICEP);
    }

    @Test
    void writesInferenceJsonRecordingTheBicepItWasCompiledFrom() {
        FakeBicep bicep = machine.bicepOnPath();

        assertThat(build()).isZero();

        JsonNode written = JsonFiles.read(machine.project.compiledTemplate());
        assertThat(written.path("metadata").path("infractl").path("sourceFile").asText()).isEqualTo("inference.bicep");
        assertThat(written.path("metadata").path("infractl").path("sourceSha256").asText())
                .isEqualTo(SourceHash.of(bicepFile));
        assertThat(written.path("metadata").path("_generator").path("name").asText()).isEqualTo("bicep");
        assertThat(out).isEqualTo("infra/provision/inference.json: written, compiled from infra/provision/inference.bicep"
                + " (Bicep CLI version 0.30.23 (fake) at " + bicep.path() + ")\n");
    }

    @Test
    void aSecondBuildComesFromTheCacheAndLeavesTheFileAlone() {
        FakeBicep bicep = machine.bicepOnPath();
        build();

        assertThat(build()).isZero();

        assertThat(out).contains("unchanged").contains("from the compile cache");
        assertThat(bicep.builds()).hasSize(1);
    }

    @Test
    void withoutACompilerAJsonBuiltFromThisBicepIsAlreadyCurrent() throws Exception {
        FakeBicep bicep = machine.bicepOnPath();
        build();
        Files.delete(bicep.path());

        assertThat(build()).isZero();

        assertThat(out).contains("inference.json: already current");
        assertThat(err).contains("warning: no Bicep compiler found; using the committed inference.json");
    }

    @Test
    void withoutACompilerAnEditedBicepStopsWithHowToGetOne() throws Exception {
        FakeBicep bicep = machine.bicepOnPath();
        build();
        Files.delete(bicep.path());
        String before = Files.readString(machine.project.compiledTemplate());
        machine.bicep(FakeMachine.BICEP + "param added int\n");

        assertThat(build()).isEqualTo(2);

        assertThat(err).contains("error: inference.bicep changed since inference.json was compiled")
                .contains("hint: install the Bicep CLI (`az bicep install`");
        assertThat(Files.readString(machine.project.compiledTemplate())).isEqualTo(before);
    }

    @Test
    void compilerWarningsGoToStderrWithTheirPlace() {
        machine.bicepOnPath().printing(bicepFile + "(3,7) : Warning no-unused-params: Parameter \"x\" is unused.", 0);

        assertThat(build()).isZero();

        assertThat(err).contains("warning: no-unused-params: Parameter \"x\" is unused.\n"
                + "  at infra/provision/inference.bicep:3:7\n");
    }

    @Test
    void compilerErrorsExitTwoQuotingTheirPlace() {
        machine.bicepOnPath().printing(bicepFile + "(12,5) : Error BCP057: The name \"x\" does not exist.", 1);

        assertThat(build()).isEqualTo(2);

        assertThat(err).contains("error: BCP057: The name \"x\" does not exist.\n  at " + bicepFile + ":12:5");
        assertThat(machine.project.compiledTemplate()).doesNotExist();
    }

    @Test
    void theBicepOptionBeatsInfractlBicep() {
        FakeBicep named = FakeBicep.at(temp.resolve("named/bicep"));
        FakeBicep fromEnvironment = FakeBicep.at(temp.resolve("env/bicep"));
        machine.set("INFRACTL_BICEP", fromEnvironment.path().toString());

        assertThat(build("--bicep", named.path().toString())).isZero();

        assertThat(named.builds()).hasSize(1);
        assertThat(fromEnvironment.calls()).isEmpty();
    }

    @Test
    void printsASummaryForScripts() throws Exception {
        machine.bicepOnPath();

        assertThat(build("--output", "json")).isZero();

        JsonNode summary = JsonFiles.MAPPER.readTree(out);
        assertThat(summary.path("file").asText()).isEqualTo("infra/provision/inference.json");
        assertThat(summary.path("origin").asText()).isEqualTo("BICEP");
        assertThat(summary.path("outcome").asText()).isEqualTo("written");
        assertThat(summary.path("sourceSha256").asText()).isEqualTo(SourceHash.of(bicepFile));
    }

    private int build(String... options) {
        var cli = Main.commandLine();
        BuildCommand command = (BuildCommand) cli.getSubcommands().get("build").getCommand();
        command.templates.environment = machine.environment();
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        cli.setOut(new PrintWriter(outText));
        cli.setErr(new PrintWriter(errText));
        List<String> args = new ArrayList<>(List.of("build", "-C", machine.project.root().toString()));
        args.addAll(List.of(options));
        int exit = cli.execute(args.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return exit;
    }
}
