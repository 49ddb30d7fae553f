package dev.infractl.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.deploy.FakeTime;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {

    static final URI ENDPOINT = URI.create("https://app.example/");

    /** An endpoint that answers from a script and takes a set time per request. */
    static final class ScriptedEndpoint implements EndpointCalls {
        final FakeTime clock = FakeTime.at("2026-12-01T00:00:00Z");
        final List<String> requests = new ArrayList<>();
        Answer chat;
        Answer root = new Answer(200, "ok");

        @Override
        public Answer get(URI url) {
            requests.add("GET " + url);
            clock.sleep(Duration.ofMillis(40));
            return root;
        }

        @Override
        public Answer postJson(URI url, String json) {
            requests.add("POST " + url + " " + json);
            clock.sleep(Duration.ofMillis(250));
            return chat;
        }
    }

    final ScriptedEndpoint endpoint = new ScriptedEndpoint();

    @Test
    void aChatEndpointGetsAOneLinePromptAndItsAnswerAndLatencyAreShown() {
        endpoint.chat = new EndpointCalls.Answer(200, "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \" Up. \"}}]}");

        SmokeResult result = new Smoke(endpoint, endpoint.clock).run(ENDPOINT);

        assertThat(result.ok()).isTrue();
        assertThat(result.chat()).isTrue();
        assertThat(result.answer()).isEqualTo("Up.");
        assertThat(result.latency()).isEqualTo(Duration.ofMillis(250));
        assertThat(endpoint.requests).singleElement().asString()
                .startsWith("POST https://app.example/v1/chat/completions").contains(Smoke.PROMPT);
    }

    @Test
    void anAppWithoutAChatRouteIsCheckedWithAGetOfTheRoot() {
        endpoint.chat = new EndpointCalls.Answer(404, "not found");

        SmokeResult result = new Smoke(endpoint, endpoint.clock).run(ENDPOINT);

        assertThat(result.ok()).isTrue();
        assertThat(result.chat()).isFalse();
        assertThat(result.latency()).isEqualTo(Duration.ofMillis(40));
        assertThat(endpoint.requests).last().isEqualTo("GET https://app.example/");
    }

    @Test
    void aStartingAppOrAnAnswerThatIsNotAChatCompletionFails() {
        endpoint.chat = new EndpointCalls.Answer(503, "upstream connect error");
        assertThat(new Smoke(endpoint, endpoint.clock).run(ENDPOINT).problem()).contains("not up yet");

        endpoint.chat = new EndpointCalls.Answer(200, "<html>gradio</html>");
        SmokeResult notChat = new Smoke(endpoint, endpoint.clock).run(ENDPOINT);
        assertThat(notChat.ok()).isFalse();
        assertThat(notChat.problem()).contains("not a chat completion");
    }
}
