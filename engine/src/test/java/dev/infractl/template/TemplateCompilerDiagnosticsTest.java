package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.exec.ProcessResult;
import dev.infractl.exec.ProcessRunner;
import dev.infractl.template.CompiledTemplate.Origin;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCompilerDiagnosticsTest {

    @TempDir
    Path temp;
    FakeMachine machine;
    FakeBicep bicep;
    Path bicepFile;

    @BeforeEach
    void aProjectAndABicepOnPath() {
        machine = new FakeMachine(temp);
        bicepFile = machine.bicep(FakeMachine.BICEP);
        bicep = machine.bicepOnPath();
    }

    @Test
    void compilerErrorsAreBadInputQuotedWithFileLineAndColumn() {
        bicep.printing(bicepFile + "(12,5) : Error BCP057: The name \"stroage\" does not exist in the current context."
                + " [https://aka.ms/bicep/core-diagnostics#BCP057]\n"
                + bicepFile + "(20,1) : Error BCP018: Expected the \"}\" character at this location.", 1);

        assertThatThrownBy(() -> machine.compiler().compile(machine.project))
                .isInstanceOfSatisfying(InfractlException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(error.problems()).hasSize(2);
                    Problem first = error.problems().get(0);
                    assertThat(first.message())
                            .isEqualTo("BCP057: The name \"stroage\" does not exist in the current context.");
                    assertThat(first.location().describe()).isEqualTo(bicepFile + ":12:5");
                    assertThat(first.hint()).isEqualTo("see https://aka.ms/bicep/core-diagnostics#BCP057");
                    assertThat(error.problems().get(1).location().describe()).isEqualTo(bicepFile + ":20:1");
                });
    }

    @Test
    void aFailureWithoutDiagnosticsQuotesWhatTheCompilerPrinted() {
        bicep.printing("Unhandled exception: the disk is full", 134).printingOnStdout("");

        assertThatThrownBy(() -> machine.compiler().compile(machine.project))
                .isInstanceOfSatisfying(InfractlException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(error.getMessage()).contains("exit code 134").contains("the disk is full");
                    assertThat(error.problems().get(0).location().file()).isEqualTo(bicepFile);
                });
    }

    @Test
    void warningsComeBackWithTheTemplateAndAgainFromTheCache() {
        bicep.printing(bicepFile + "(3,7) : Warning no-unused-params: Parameter \"x\" is declared but never used."
                + " [https://aka.ms/bicep/linter/no-unused-params]", 0);

        CompiledTemplate compiled = machine.compiler().compile(machine.project);
        CompiledTemplate cached = machine.compiler().compile(machine.project);

        assertThat(compiled.origin()).isEqualTo(Origin.BICEP);
        assertThat(cached.origin()).isEqualTo(Origin.CACHE);
        for (CompiledTemplate template : new CompiledTemplate[] {compiled, cached}) {
            assertThat(template.warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.message()).isEqualTo("no-unused-params: Parameter \"x\" is declared but never used.");
                assertThat(warning.location().describe()).isEqualTo(bicepFile + ":3:7");
            });
        }
    }

    @Test
    void outputThatIsNotATemplateIsAnError() {
        bicep.printingOnStdout("Bicep CLI help: usage ...");

        assertThatThrownBy(() -> machine.compiler().compile(machine.project))
                .isInstanceOfSatisfying(InfractlException.class, error ->
                        assertThat(error.getMessage()).contains("printed no ARM JSON template").contains("usage"));
    }

    @Test
    void aCompilerThatRunsPastTheTimeoutIsATimeoutNamingTheFile() {
        ProcessRunner versionThenHang = (command, folder, timeout) -> command.contains("--version")
                ? new ProcessResult(0, "Bicep CLI version 0.30.23\n", "", false)
                : new ProcessResult(143, "", "", true);
        TemplateCompiler compiler = new TemplateCompiler(machine.environment(), null, versionThenHang,
                Duration.ofSeconds(120));

        assertThatThrownBy(() -> compiler.compile(machine.project))
                .isInstanceOfSatisfying(InfractlException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.TIMED_OUT);
                    assertThat(error.getMessage()).contains("inference.bicep").contains("within 120 s");
                    assertThat(error.problems().get(0).hint()).contains("build " + bicepFile);
                });
    }
}
