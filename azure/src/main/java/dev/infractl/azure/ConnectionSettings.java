package dev.infractl.azure;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;

/**
 * How to reach Resource Manager.
 *
 * @param armEndpoint overrides the cloud's endpoint (custom clouds, proxies, replays, the emulator); null = the cloud's
 * @param caCertificate a PEM CA certificate to trust in addition to the system's; null = system trust only
 * @param accessToken a bearer token used as is (INFRACTL_ACCESS_TOKEN); null = DefaultAzureCredential
 * @param tenantId the tenant to sign in to; null = the credential's default
 * @param verboseLog where each request is logged (secrets redacted); null = no logging
 */
public record ConnectionSettings(Cloud cloud, URI armEndpoint, Path caCertificate, String accessToken, String tenantId,
                                 PrintStream verboseLog) {

    /** The environment variable whose value is used as a bearer token instead of signing in. */
    public static final String ACCESS_TOKEN_VARIABLE = "INFRACTL_ACCESS_TOKEN";

    public static ConnectionSettings forCloud(Cloud cloud) {
        return new ConnectionSettings(cloud, null, null, null, null, null);
    }

    public URI effectiveArmEndpoint() {
        URI endpoint = armEndpoint == null ? cloud.armEndpoint() : armEndpoint;
        return endpoint.toString().endsWith("/") ? endpoint : URI.create(endpoint + "/");
    }

    public ConnectionSettings withArmEndpoint(URI endpoint, Path ca) {
        return new ConnectionSettings(cloud, endpoint, ca, accessToken, tenantId, verboseLog);
    }

    public ConnectionSettings withAccessToken(String token) {
        return new ConnectionSettings(cloud, armEndpoint, caCertificate, token, tenantId, verboseLog);
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "ConnectionSettings[cloud=" + cloud.cliName() + ", armEndpoint=" + effectiveArmEndpoint()
                + ", caCertificate=" + caCertificate + ", accessToken=" + (accessToken == null ? "none" : "***")
                + ", tenantId=" + tenantId + "]";
    }
}
