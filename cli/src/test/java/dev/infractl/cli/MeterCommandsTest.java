package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.app.AppFacts;
import dev.infractl.azure.AzureAppScaling;
import dev.infractl.azure.AzureConnection;
import dev.infractl.azure.Cloud;
import dev.infractl.azure.ConnectionSettings;
import dev.infractl.config.JsonFiles;
import dev.infractl.emulator.Emulator;
import dev.infractl.emulator.EmulatorSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stop, start, scale and status's app lines against the emulator, through cli.Main and Resource Manager PATCHes. */
class MeterCommandsTest {

    @TempDir
    Path folder;

    @Test
    void stopScalesToZeroAndReleasesTheNodesOfTheEnvironmentThisProjectCreated() throws IOException {
        LocalProject project = provisioned();
        assertThat(project.run("scale", "--local", "--min", "1", "--max", "2")).as(project.err).isZero();
        withApp(project, (scaling, app) -> scaling.setProfileMinimum(app.environmentId(), app.profileName(), 1));

        assertThat(project.run("stop", "--local", "--output", "json")).as(project.err).isZero();

        List<JsonNode> lines = lines(project.out);
        assertThat(lines.get(0).get("event").asText()).isEqualTo("scaled");
        assertThat(lines.get(0).get("minReplicas").asInt()).isZero();
        assertThat(lines.get(1).get("event").asText()).isEqualTo("profileChanged");
        assertThat(lines.get(1).get("minimumCount").asInt()).isZero();
        withApp(project, (scaling, app) -> {
            assertThat(app.scale().minReplicas()).isZero();
            assertThat(app.replicas()).isZero();
            assertThat(scaling.profile(app.environmentId(), app.profileName()).orElseThrow().minimumCount()).isZero();
        });
    }

    @Test
    void scaleAndStartChangeTheReplicasThatStatusShowsWithAnUnknownCost() throws IOException {
        LocalProject project = provisioned();

        assertThat(project.run("scale", "--local", "--min", "2", "--max", "3")).as(project.err).isZero();
        assertThat(project.out).contains("-> min 2, max 3");
        assertThat(project.run("status", "--local", "--output", "json")).as(project.err).isZero();
        JsonNode app = lines(project.out).get(0);
        assertThat(app.get("event").asText()).isEqualTo("app");
        assertThat(app.get("replicas").asInt()).isEqualTo(2);
        assertThat(app.get("profile").asText()).isEqualTo("GPU");
        assertThat(app.get("profileType").asText()).isEqualTo("NC24-A100");
        assertThat(app.get("costPerHour").isNull()).isTrue();

        assertThat(project.run("stop", "--local")).as(project.err).isZero();
        assertThat(project.run("start", "--local")).as(project.err).isZero();
        assertThat(project.run("status", "--local")).as(project.err).isZero();
        assertThat(project.out).contains("1 replica(s) running (min 1, max 3)").contains("cost now: unknown");
    }

    @Test
    void onceThePricesAreRefreshedStatusCostsTheRunningGpuNodesAndNeverMakesUpAFigure() throws IOException {
        LocalProject project = provisioned();
        assertThat(project.run("scale", "--local", "--min", "2", "--max", "3")).as(project.err).isZero();
        assertThat(project.run("status", "--local")).as(project.err).isZero();
        assertThat(project.out).contains("cost now: unknown").contains("infractl prices --refresh");

        assertThat(project.run("prices", "--local", "--refresh")).as(project.err).isZero();
        assertThat(project.run("status", "--local", "--output", "json")).as(project.err).isZero();

        JsonNode app = lines(project.out).get(0);
        assertThat(app.get("replicas").asInt()).isEqualTo(2);
        assertThat(app.get("costPerHour").decimalValue()).isEqualByComparingTo("8.00"); // the emulator's NC24-A100: $4/h a node
    }

    @Test
    void anImpossibleScaleRuleIsBadInputAndSendsNothing() {
        LocalProject project = provisioned();

        assertThat(project.run("scale", "--local", "--min", "3", "--max", "2")).isEqualTo(2);
        assertThat(project.err).contains("not a valid scale rule").contains("--min <= --max");
    }

    private LocalProject provisioned() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();
        return project;
    }

    /** Looks at (or prepares) the app straight through Resource Manager, between two commands. */
    static void withApp(LocalProject project, AppCheck check) {
        JsonNode config = JsonFiles.read(project.config());
        try (Emulator emulator = Emulator.start(EmulatorSettings.defaults(project.root.resolve(".infractl/local")))) {
            AzureConnection connection = AzureConnection.open(new ConnectionSettings(Cloud.AZURE_CLOUD, emulator.armEndpoint(),
                    emulator.caCertificate(), emulator.token(), emulator.tenantId(), null));
            AzureAppScaling scaling = new AzureAppScaling(connection, config.get("SUBSCRIPTION_ID").asText(),
                    config.get("RESOURCE_GROUP_NAME").asText(), config.get("ACA_APP_NAME").asText());
            check.accept(scaling, scaling.app());
        }
    }

    interface AppCheck {
        void accept(AzureAppScaling scaling, AppFacts app);
    }

    static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            lines.add(JsonFiles.MAPPER.readTree(line));
        }
        return lines;
    }
}
