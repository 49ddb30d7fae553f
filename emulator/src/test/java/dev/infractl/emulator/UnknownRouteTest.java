package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnknownRouteTest {

    Path state;
    Emulator emulator;
    HttpClient http;

    @BeforeAll
    void start(@TempDir Path folder) {
        state = folder;
        emulator = Emulator.start(EmulatorSettings.defaults(state));
        http = HttpClient.newBuilder().sslContext(new SdkClients(emulator).sslContext()).build();
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void anUnknownRouteAnswers404WithAnArmErrorBody() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(emulator.armEndpoint().resolve("/no/such/route?api-version=2024-03-01"))
                .header("Authorization", "Bearer " + emulator.token()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = Json.parse(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("NotFound");
        assertThat(error.path("message").asText()).contains("/no/such/route");
        assertThat(error.path("details").isArray()).isTrue();
    }

    @Test
    void aRequestWithoutATokenIs401WithAnArmError() throws Exception {
        URI subscriptions = emulator.armEndpoint().resolve("/subscriptions?api-version=2022-12-01");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(subscriptions).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Json.parse(response.body()).path("error").path("code").asText()).isEqualTo("AuthenticationFailed");
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .contains("authorization_uri=\"" + emulator.armEndpoint() + emulator.tenantId() + "\"");
    }

    @Test
    void aRequestWithoutApiVersionIsRefusedAsArmDoes() {
        var response = Raw.get(emulator, "/subscriptions/" + emulator.subscriptionId());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).path("error").path("code").asText()).isEqualTo("MissingApiVersionParameter");
    }

    @Test
    void theOpenIdMetadataPointsAtTheEmulatorsTokenEndpoint() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(emulator.armEndpoint()
                .resolve("/" + emulator.tenantId() + "/v2.0/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(Json.parse(response.body()).path("token_endpoint").asText())
                .isEqualTo(emulator.armEndpoint() + emulator.tenantId() + "/oauth2/v2.0/token");
    }

    @Test
    void theCloudMetadataNamesTheEmulatorAsResourceManagerAndLoginEndpoint() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(emulator.armEndpoint()
                .resolve("/metadata/endpoints?api-version=2022-09-01")).build(), HttpResponse.BodyHandlers.ofString());

        JsonNode cloud = Json.parse(response.body()).get(0);
        assertThat(cloud.path("resourceManager").asText()).isEqualTo(emulator.armEndpoint().toString());
        assertThat(cloud.path("authentication").path("loginEndpoint").asText()).isEqualTo(emulator.armEndpoint().toString());
    }

    @Test
    void theTokenEndpointRefusesGrantsOtherThanClientCredentials() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(emulator.armEndpoint()
                .resolve("/" + emulator.tenantId() + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=a&password=b")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).path("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void theCaCertificateIsWrittenAsPemIntoTheStateFolder() throws Exception {
        assertThat(emulator.caCertificate()).startsWith(state.toAbsolutePath());
        assertThat(Files.readString(emulator.caCertificate())).startsWith("-----BEGIN CERTIFICATE-----");
    }
}
