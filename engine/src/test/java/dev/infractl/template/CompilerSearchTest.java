package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.template.BicepCompiler.FoundBy;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerSearchTest {

    @TempDir
    Path temp;
    FakeMachine machine;
    Path option;
    Path fromEnvironment;
    Path onPath;
    Path azureHome;
    Path az;

    @BeforeEach
    void aCompilerInEveryPlace() {
        machine = new FakeMachine(temp);
        option = FakeBicep.at(temp.resolve("option/bicep")).path();
        fromEnvironment = FakeBicep.at(temp.resolve("env/bicep")).path();
        onPath = FakeBicep.at(machine.bin.resolve("bicep")).path();
        azureHome = FakeBicep.at(machine.home.resolve(".azure/bin/bicep")).path();
        az = FakeBicep.at(temp.resolve("azcli/az")).path();
        machine.set("PATH", machine.bin + File.pathSeparator + az.getParent())
                .set("INFRACTL_BICEP", fromEnvironment.toString());
    }

    @Test
    void theOptionBeatsEverything() {
        assertThat(first(option)).isEqualTo(new BicepCompiler(option, FoundBy.OPTION));
    }

    @Test
    void thenInfractlBicep() {
        assertThat(first(null)).isEqualTo(new BicepCompiler(fromEnvironment, FoundBy.ENVIRONMENT));
    }

    @Test
    void thenBicepOnPath() {
        machine.set("INFRACTL_BICEP", "");
        assertThat(first(null)).isEqualTo(new BicepCompiler(onPath, FoundBy.PATH));
    }

    @Test
    void thenTheOneAzInstalled() throws Exception {
        machine.set("INFRACTL_BICEP", "");
        Files.delete(onPath);
        assertThat(first(null)).isEqualTo(new BicepCompiler(azureHome, FoundBy.AZURE_HOME));
    }

    @Test
    void thenAzBicep() throws Exception {
        machine.set("INFRACTL_BICEP", "");
        Files.delete(onPath);
        Files.delete(azureHome);
        BicepCompiler found = first(null);
        assertThat(found).isEqualTo(new BicepCompiler(az, FoundBy.AZ_CLI));
        assertThat(found.buildCommand(Path.of("/p/main.bicep")))
                .containsExactly(az.toString(), "bicep", "build", "--file", "/p/main.bicep", "--stdout");
        assertThat(found.versionCommand()).containsExactly(az.toString(), "bicep", "version");
    }

    @Test
    void withoutAnySettingEveryFoundCompilerIsACandidateInOrder() {
        machine.set("INFRACTL_BICEP", "");
        assertThat(search(null).candidates()).extracting(BicepCompiler::foundBy)
                .containsExactly(FoundBy.PATH, FoundBy.AZURE_HOME, FoundBy.AZ_CLI);
    }

    @Test
    void nothingFoundIsAnEmptyList() {
        CompilerEnvironment bare = new CompilerEnvironment(Map.of(), temp.resolve("nohome"));
        assertThat(new CompilerSearch(bare, null).candidates()).isEmpty();
    }

    @Test
    void aNamedCompilerThatIsNotThereIsAnErrorNotAReasonToLookFurther() {
        machine.set("INFRACTL_BICEP", temp.resolve("missing/bicep").toString());
        assertThatThrownBy(() -> search(null).candidates())
                .isInstanceOfSatisfying(InfractlException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(error.getMessage()).startsWith("INFRACTL_BICEP names ").contains("missing/bicep");
                });
    }

    private BicepCompiler first(Path explicit) {
        List<BicepCompiler> candidates = search(explicit).candidates();
        assertThat(candidates).isNotEmpty();
        return candidates.get(0);
    }

    private CompilerSearch search(Path explicit) {
        return new CompilerSearch(machine.environment(), explicit);
    }
}
