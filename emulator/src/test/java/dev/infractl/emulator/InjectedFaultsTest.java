package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.resourcemanager.resources.ResourceManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** Each transport fault from a faults file, seen through the real SDK and its retry policy. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectedFaultsTest {

    Emulator emulator;
    ResourceManager arm;
    final List<String> attempts = new CopyOnWriteArrayList<>();

    /** Sits after the SDK's retry policy, so it sees every attempt, failed ones included. */
    final class AttemptRecorder implements HttpPipelinePolicy {
        @Override
        public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
            return next.process()
                    .doOnNext(response -> attempts.add(Integer.toString(response.getStatusCode())))
                    .doOnError(error -> attempts.add("error"));
        }
    }

    @BeforeAll
    void start(@TempDir Path state) throws Exception {
        Path faults = Files.writeString(state.resolve("faults.json"), """
                {"requests": [
                  {"method": "GET", "path": "/resourcegroups/rg-throttled$", "times": 1, "status": 429, "retryAfterSeconds": 1},
                  {"method": "GET", "path": "/resourcegroups/rg-unavailable$", "times": 1, "status": 503},
                  {"method": "GET", "path": "/resourcegroups/rg-reset$", "times": 2, "reset": true},
                  {"method": "GET", "path": "/resourcegroups/rg-delayed$", "delayMs": 20},
                  {"method": "GET", "path": "/resourcegroups/rg-every-third$", "every": 3, "status": 500}
                ]}
                """);
        emulator = Emulator.start(EmulatorSettings.defaults(state.resolve("state")).withFaults(faults));
        SdkClients clients = new SdkClients(emulator);
        arm = ResourceManager.configure().withHttpClient(clients.httpClient()).withPolicy(new AttemptRecorder())
                .authenticate(clients.staticToken(), clients.profile()).withSubscription(emulator.subscriptionId());
        for (String group : List.of("rg-throttled", "rg-unavailable", "rg-reset", "rg-delayed", "rg-every-third")) {
            arm.resourceGroups().define(group).withRegion("eastus").create();
        }
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @BeforeEach
    void forgetAttempts() {
        attempts.clear();
    }

    @Test
    void a429WithRetryAfterIsRetriedByTheSdk() {
        assertThat(arm.resourceGroups().getByName("rg-throttled").name()).isEqualTo("rg-throttled");
        assertThat(attempts).containsExactly("429", "200");
    }

    @Test
    void a503IsRetriedByTheSdk() {
        assertThat(arm.resourceGroups().getByName("rg-unavailable").name()).isEqualTo("rg-unavailable");
        assertThat(attempts).containsExactly("503", "200");
    }

    /** Two resets: the JDK client itself retries a GET once when the connection drops before any answer. */
    @Test
    void aConnectionResetIsRetriedByTheSdk() {
        assertThat(arm.resourceGroups().getByName("rg-reset").name()).isEqualTo("rg-reset");
        assertThat(attempts).containsExactly("error", "200");
    }

    @Test
    void aDelayedRequestStillAnswers() {
        assertThat(arm.resourceGroups().getByName("rg-delayed").name()).isEqualTo("rg-delayed");
        assertThat(attempts).containsExactly("200");
    }

    @Test
    void everyThirdRequestFailsAndNoOtherDoes() {
        var response = Raw.get(emulator, "/subscriptions/" + emulator.subscriptionId()
                + "/resourcegroups/rg-every-third?api-version=2024-03-01");
        var second = Raw.get(emulator, "/subscriptions/" + emulator.subscriptionId()
                + "/resourcegroups/rg-every-third?api-version=2024-03-01");
        var third = Raw.get(emulator, "/subscriptions/" + emulator.subscriptionId()
                + "/resourcegroups/rg-every-third?api-version=2024-03-01");

        assertThat(List.of(response.statusCode(), second.statusCode(), third.statusCode())).containsExactly(200, 200, 500);
        assertThat(Json.parse(third.body()).path("error").path("code").asText()).isEqualTo("InternalServerError");
    }
}
