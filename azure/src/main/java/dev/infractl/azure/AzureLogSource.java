package dev.infractl.azure;

import com.azure.core.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.app.LogRequest;
import dev.infractl.app.LogSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Container Apps log stream as the az CLI reads it: the app's {@code eventStreamEndpoint} names the service,
 * {@code getAuthToken} gives the bearer token, then one long GET per replica container
 * ({@code .../revisions/R/replicas/X/containers/C/logstream}) or of the app's system events ({@code .../eventstream}).
 * The token is never printed, not even with --verbose (these GETs bypass the logged pipeline).
 */
public final class AzureLogSource implements LogSource {

    private final ArmRest arm;
    private final HttpClient http;
    private final String appId;
    private final String appPath;
    private final String name;
    private volatile String token;

    public AzureLogSource(AzureConnection connection, String subscriptionId, String resourceGroup, String name) {
        this.arm = new ArmRest(connection);
        this.http = connection.streamingClient();
        this.appPath = "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup + "/containerApps/" + name;
        this.appId = "subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.App/containerApps/" + name;
        this.name = name;
    }

    @Override
    public List<Target> targets(LogRequest request) {
        JsonNode app = arm.get(appId, AzureAppScaling.API_VERSION, "reading container app " + name).orElseThrow(() ->
                new InfractlException(ExitCode.AZURE_FAILED, "container app " + name + " does not exist",
                        "check ACA_APP_NAME and RESOURCE_GROUP_NAME in infra/inference.config.json"));
        String stream = app.path("properties").path("eventStreamEndpoint").asText("");
        int cut = stream.indexOf("/subscriptions/");
        if (cut < 0) {
            throw new InfractlException(ExitCode.AZURE_FAILED, "container app " + name + " has no log stream endpoint",
                    "the app's environment may still be provisioning; try again in a minute");
        }
        String base = stream.substring(0, cut);
        token = arm.send(HttpMethod.POST, appId + "/getAuthToken", AzureAppScaling.API_VERSION, null,
                "getting a log stream token for " + name).body().path("properties").path("token").asText();
        if (request.system()) {
            return List.of(new Target("system", base + appPath + "/eventstream"));
        }
        String revision = request.revision() != null ? request.revision()
                : app.path("properties").path("latestRevisionName").asText();
        JsonNode replicas = arm.get(appId + "/revisions/" + revision + "/replicas", AzureAppScaling.API_VERSION,
                "listing the replicas of " + revision).orElseThrow(() -> InfractlException.badInput("revision " + revision
                + " of " + name + " does not exist", null, "leave out --revision for the latest one"));
        List<Target> targets = new ArrayList<>();
        for (JsonNode replica : replicas.path("value")) {
            String replicaName = replica.path("name").asText();
            if (request.replica() != null && !request.replica().equals(replicaName)) {
                continue;
            }
            JsonNode containers = replica.path("properties").path("containers");
            for (JsonNode container : containers) {
                String containerName = container.path("name").asText();
                targets.add(new Target(containers.size() > 1 ? replicaName + "/" + containerName : replicaName,
                        base + appPath + "/revisions/" + revision + "/replicas/" + replicaName + "/containers/"
                                + containerName + "/logstream"));
            }
        }
        return targets;
    }

    @Override
    public Connection open(Target target, boolean follow, int tail) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.address() + "?follow=" + follow
                + "&output=text&tailLines=" + tail)).header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("the log stream answered HTTP " + response.statusCode());
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        return new Connection() {
            @Override
            public Optional<String> next() throws IOException {
                return Optional.ofNullable(reader.readLine());
            }

            @Override
            public void close() {
                try {
                    reader.close();
                } catch (IOException e) {
                    // closing is how Ctrl-C ends a stream; a failure to close changes nothing for the user
                }
            }
        };
    }
}
