package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import java.net.URI;
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
}
