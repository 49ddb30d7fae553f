package dev.infractl.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A WireMock Resource Manager on 127.0.0.1 answering with bodies shaped like recorded ARM traffic
 * (azure-rest-api-specs examples for Deployments_CreateOrUpdate, Deployments_Get and
 * DeploymentOperations_List): the deployment runs, then fails with a nested quota error.
 */
public final class RecordedArm {

    public static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000001";
    public static final String GROUP = "rg-phi3";
    static final String GROUP_PATH = "(?i)/subscriptions/" + SUBSCRIPTION + "/resourcegroups/" + GROUP;
    static final String DEPLOYMENTS = GROUP_PATH + "/providers/Microsoft\\.Resources/deployments";
    public static final String DEPLOYMENT = DEPLOYMENTS + "/inference-[0-9]{8}-[0-9]{6}";
    /** ARM lists a resource-group deployment's operations without the provider segment. */
    public static final String OPERATIONS = GROUP_PATH + "/deployments/inference-[0-9]{8}-[0-9]{6}/operations";
    private static final String RUN = "deployment";

    private RecordedArm() {
    }

    public static WireMockServer start() {
        return start(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    }

    /** The same server on HTTPS, with a certificate signed by the given test CA. */
    public static WireMockServer startHttps(TestCertificates tls) {
        return start(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort().dynamicHttpsPort()
                .keystorePath(tls.keystore().toString()).keystoreType("PKCS12").keystorePassword(tls.password())
                .keyManagerPassword(tls.password()));
    }

    public static String httpsUrl(WireMockServer server) {
        return "https://127.0.0.1:" + server.httpsPort() + "/";
    }

    private static WireMockServer start(WireMockConfiguration configuration) {
        WireMockServer server = new WireMockServer(configuration);
        server.start();
        server.stubFor(any(urlPathMatching(GROUP_PATH)).willReturn(aResponse().withStatus(204)));
        server.stubFor(get(urlPathMatching(DEPLOYMENTS + "/?")).willReturn(json(200, "{\"value\": []}")));
        server.stubFor(post(urlPathMatching(DEPLOYMENT + "/validate")).willReturn(json(200, body("validate-succeeded.json"))));
        server.stubFor(put(urlPathMatching(DEPLOYMENT)).willReturn(json(201, body("deployment-accepted.json"))));
        return server;
    }

    /** The deployment is Running at the first two polls and Failed from the third on. */
    public static void runsThenFails(WireMockServer server) {
        server.stubFor(step(get(urlPathMatching(DEPLOYMENT)), Scenario.STARTED, "polled once", "deployment-running.json"));
        server.stubFor(step(get(urlPathMatching(DEPLOYMENT)), "polled once", "failed", "deployment-running.json"));
        server.stubFor(step(get(urlPathMatching(DEPLOYMENT)), "failed", "failed", "deployment-failed.json"));
        server.stubFor(get(urlPathMatching(OPERATIONS)).inScenario(RUN).whenScenarioStateIs("polled once")
                .willReturn(json(200, body("operations-running.json"))));
        server.stubFor(get(urlPathMatching(OPERATIONS)).inScenario(RUN).whenScenarioStateIs("failed")
                .willReturn(json(200, body("operations-failed.json"))));
    }

    private static MappingBuilder step(MappingBuilder request, String state, String next, String file) {
        return request.inScenario(RUN).whenScenarioStateIs(state).willSetStateTo(next).willReturn(json(200, body(file)));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("x-ms-request-id", "6a3f2f4e-52c7-4b60-8f1e-5d2f1f3e9a10").withBody(body);
    }

    static String body(String file) {
        try (InputStream in = RecordedArm.class.getResourceAsStream("replay/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
