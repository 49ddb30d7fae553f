package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.template.CompiledTemplate.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCompilerCacheTest {

    @TempDir
    Path temp;
    FakeMachine machine;
    FakeBicep bicep;

    @BeforeEach
    void aProjectAndABicepOnPath() {
        machine = new FakeMachine(temp);
        machine.bicep(FakeMachine.BICEP);
        bicep = machine.bicepOnPath();
    }

    @Test
    void theFirstCompileRunsTheCompilerAndTheSecondComesFromTheCache() {
        CompiledTemplate first = machine.compiler().compile(machine.project);
        CompiledTemplate second = machine.compiler().compile(machine.project);

        assertThat(first.origin()).isEqualTo(Origin.BICEP);
        assertThat(second.origin()).isEqualTo(Origin.CACHE);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(first.json().path("parameters").has("location")).isTrue();
        assertThat(bicep.builds()).containsExactly("build " + machine.project.templateBicep() + " --stdout");
        assertThat(first.sourceSha256()).isEqualTo(SourceHash.of(machine.project.templateBicep()));
        assertThat(first.compiledBy()).contains("Bicep CLI version 0.30.23").contains(bicep.path().toString());
    }

    @Test
    void theVersionIsAskedOnceAndRemembered() {
        machine.compiler().compile(machine.project);
        machine.compiler().compile(machine.project);

        assertThat(bicep.calls()).filteredOn(call -> call.equals("--version")).hasSize(1);
    }

    @Test
    void editingABicepFileIsAMiss() {
        machine.compiler().compile(machine.project);
        machine.bicep(FakeMachine.BICEP + "param extra int = 1\n");

        assertThat(machine.compiler().compile(machine.project).origin()).isEqualTo(Origin.BICEP);
        assertThat(bicep.builds()).hasSize(2);
    }

    @Test
    void editingAModuleBesideTheTemplateIsAMiss() {
        Path module = FakeMachine.write(machine.project.provisionDir().resolve("modules/storage.bicep"), "param a int\n");
        machine.compiler().compile(machine.project);
        FakeMachine.write(module, "param a int = 2\n");

        assertThat(machine.compiler().compile(machine.project).origin()).isEqualTo(Origin.BICEP);
        assertThat(bicep.builds()).hasSize(2);
    }

    @Test
    void onlyLineEndingsChangedIsAHit() {
        machine.compiler().compile(machine.project);
        machine.bicep(FakeMachine.BICEP.replace("\n", "\r\n"));

        assertThat(machine.compiler().compile(machine.project).origin()).isEqualTo(Origin.CACHE);
    }

    @Test
    void aDifferentCompilerVersionIsAMiss() {
        machine.compiler().compile(machine.project);
        bicep.version("0.31.92");

        CompiledTemplate recompiled = machine.compiler().compile(machine.project);

        assertThat(recompiled.origin()).isEqualTo(Origin.BICEP);
        assertThat(recompiled.compiledBy()).contains("0.31.92");
        assertThat(bicep.builds()).hasSize(2);
    }

    @Test
    void aDamagedCacheEntryIsAMiss() throws Exception {
        machine.compiler().compile(machine.project);
        try (var entries = Files.list(machine.cache.resolve("infractl/bicep"))) {
            for (Path entry : entries.filter(file -> !file.endsWith("compilers.json")).toList()) {
                Files.writeString(entry, "{ not json");
            }
        }

        assertThat(machine.compiler().compile(machine.project).origin()).isEqualTo(Origin.BICEP);
    }

    @Test
    void compilesThroughAzWhenThatIsAllThereIs() throws Exception {
        Files.delete(bicep.path());
        FakeBicep az = FakeBicep.at(machine.bin.resolve("az"));

        CompiledTemplate compiled = machine.compiler().compile(machine.project);

        assertThat(compiled.origin()).isEqualTo(Origin.BICEP);
        assertThat(compiled.compiledBy()).contains("via az bicep");
        assertThat(az.calls()).containsExactly("bicep version",
                "bicep build --file " + machine.project.templateBicep() + " --stdout");
    }

    @Test
    void theCacheLivesUnderXdgCacheHomeOrElseTheHomeFolder() {
        assertThat(machine.environment().cacheFolder()).isEqualTo(machine.cache.resolve("infractl/bicep"));
        assertThat(machine.set("XDG_CACHE_HOME", "").environment().cacheFolder())
                .isEqualTo(machine.home.resolve(".cache/infractl/bicep"));
    }
}
