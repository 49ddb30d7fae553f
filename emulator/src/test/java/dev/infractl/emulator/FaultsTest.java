package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultsTest {

    @TempDir
    Path folder;

    Faults read(String json) throws Exception {
        return Faults.read(Files.writeString(folder.resolve("faults.json"), json));
    }

    static Request get(String path) {
        return Request.of("GET", URI.create(path), new Headers(), new byte[0]);
    }

    @Test
    void aRuleFiresOnEveryNthMatchingRequestAtMostTimesTimes() throws Exception {
        Faults faults = read("{\"requests\": [{\"path\": \"/deployments/\", \"every\": 2, \"times\": 2, \"status\": 503}]}");

        List<Boolean> fired = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fired.add(faults.forRequest(get("/subscriptions/s/resourcegroups/rg/deployments/d")).isPresent());
        }

        assertThat(fired).containsExactly(false, true, false, true, false, false, false, false);
        assertThat(faults.forRequest(get("/subscriptions/s"))).isEmpty();
    }

    @Test
    void resourceFaultsMatchByTypeAndOptionallyName() throws Exception {
        Faults faults = read("""
                {"resources": [{"type": "Microsoft.App/containerApps", "name": "app-1",
                                "error": {"code": "ContainerAppProvisioningError", "message": "boom"}}],
                 "quotas": {"SubscriptionNCA100Gpus": 2}}""");

        assertThat(faults.forResource("microsoft.app/containerapps", "APP-1")).get()
                .extracting(rule -> rule.error().code()).isEqualTo("ContainerAppProvisioningError");
        assertThat(faults.forResource("Microsoft.App/containerApps", "app-2")).isEmpty();
        assertThat(faults.quota("SubscriptionNCA100Gpus")).contains(2L);
    }

    @Test
    void aRuleWithoutAnEffectNamesWhereItIs() {
        assertThatThrownBy(() -> read("{\"requests\": [{\"path\": \"/x\"}]}"))
                .isInstanceOf(dev.infractl.InfractlException.class)
                .hasMessageContaining("$.requests[0]").hasMessageContaining("\"status\"");
    }

    @Test
    void replicaStartupTimesEachStageAtTheEmulatorsSpeedAndCanHoldReplicasInOne() throws Exception {
        Faults faults = read("{\"replicaStartup\": {\"assigningMs\": 1000, \"pullingMs\": 3000, \"holdIn\": \"created\"}}");

        ReplicaStages stages = ReplicaStages.of(faults.replicaStartup(), 10, Duration.ofSeconds(3));

        assertThat(stages.at(Duration.ofMillis(99))).isEqualTo("assigning");
        assertThat(stages.at(Duration.ofMillis(100))).isEqualTo("pulling");
        assertThat(stages.at(Duration.ofMillis(400))).isEqualTo("created");
        assertThat(stages.at(Duration.ofDays(1))).isEqualTo("created");
        assertThat(stages.entered("started")).isEmpty();
        assertThat(ReplicaStages.of(Faults.none().replicaStartup(), 10, Duration.ofSeconds(3)).at(Duration.ofSeconds(3)))
                .as("without the key: the app's start-up time, split").isEqualTo("ready");
    }

    @Test
    void aReplicaStartupWithUnknownStagesOrNegativeTimesIsRefusedWithEachProblem() {
        assertThatThrownBy(() -> read("{\"replicaStartup\": {\"holdIn\": \"booting\", \"pullingMs\": -1, \"readyMs\": 5}}"))
                .isInstanceOfSatisfying(dev.infractl.InfractlException.class, e -> assertThat(e.problems())
                        .extracting(dev.infractl.Problem::message).anySatisfy(m -> assertThat(m)
                                .contains("$.replicaStartup.holdIn").contains("assigning, pulling, created, started"))
                        .anySatisfy(m -> assertThat(m).contains("$.replicaStartup.pullingMs").contains("0 or more"))
                        .anySatisfy(m -> assertThat(m).contains("$.replicaStartup.readyMs").contains("not a known key")));
    }
}
