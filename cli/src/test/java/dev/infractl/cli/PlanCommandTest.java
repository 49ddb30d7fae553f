package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --local}: validation and what-if through the real SDK against the emulator. */
class PlanCommandTest {

    @TempDir
    Path folder;

    @Test
    void beforeTheFirstProvisionThePlanCreatesTheGroupAndExitsTenWithDetailedExitCode() {
        LocalProject project = new LocalProject(folder);

        int code = project.run("plan", "--local", "--detailed-exitcode");

        assertThat(code).as(project.err).isEqualTo(10);
        assertThat(project.out).contains("resource group rg-").contains("would be created in swedencentral");
    }

    @Test
    void afterProvisionTheWhatIfListsEveryResourceOfTheTemplate() throws Exception {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();

        int code = project.run("plan", "--local", "--output", "json");

        assertThat(code).as(project.err).isZero();
        JsonNode plan = JsonFiles.MAPPER.readTree(project.out);
        assertThat(plan.get("resourceGroupExists").asBoolean()).isTrue();
        assertThat(plan.get("changes")).hasSize(7);
        assertThat(plan.get("changes").findValuesAsText("resourceType")).contains("Microsoft.App/containerApps",
                "Microsoft.Storage/storageAccounts/fileServices/shares");
    }

    @Test
    void aChangedParameterShowsEachChangedPropertyUnderItsResource() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();

        int code = project.run("plan", "--local", "--param", "maximumInstanceCount=3", "--detailed-exitcode");

        assertThat(code).as(project.err).isEqualTo(10);
        assertThat(project.out).contains("    ~ properties.workloadProfiles: [")
                .containsPattern("(?m)^        ~ maximumCount: \\d+ => 3$");
    }
}
