package dev.infractl.azure;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.config.JsonFiles;
import dev.infractl.reuse.ExistingEnvironment;
import dev.infractl.reuse.ExistingResources;
import dev.infractl.reuse.FineTuningJob;
import dev.infractl.reuse.StorageLink;
import dev.infractl.reuse.WorkloadProfile;
import dev.infractl.reuse.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What exists in one resource group, by plain ARM GETs on the connection's pipeline (retry, authentication and
 * --verbose logging included). A 404 means "not there"; any other refusal stops the command.
 */
public final class AzureExistingResources implements ExistingResources {

    private static final Map<String, String> API_VERSIONS = Map.of(
            "Microsoft.App", "2024-03-01",
            "Microsoft.Storage", "2023-05-01",
            "Microsoft.OperationalInsights", "2023-09-01",
            "Microsoft.Resources", "2021-04-01");

    private final AzureConnection connection;
    private final String group;
    private final AzureCalls calls;

    public AzureExistingResources(AzureConnection connection, String subscriptionId, String resourceGroup) {
        this.connection = connection;
        this.group = "subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup;
        this.calls = new AzureCalls(connection.armEndpoint());
    }

    @Override
    public Optional<FineTuningJob> job(String name) {
        return get("Microsoft.App/jobs", name).map(job -> new FineTuningJob(name,
                lastSegment(job.path("properties").path("environmentId").asText("")),
                textOrNull(job.path("properties").path("workloadProfileName"))));
    }

    @Override
    public Optional<ExistingEnvironment> environment(String name) {
        return get("Microsoft.App/managedEnvironments", name).map(environment -> {
            JsonNode properties = environment.path("properties");
            List<WorkloadProfile> profiles = new ArrayList<>();
            properties.path("workloadProfiles").forEach(profile -> profiles.add(new WorkloadProfile(
                    profile.path("name").asText(), profile.path("workloadProfileType").asText())));
            List<StorageLink> links = new ArrayList<>();
            list("Microsoft.App/managedEnvironments/" + name + "/storages").forEach(link -> {
                JsonNode file = link.path("properties").path("azureFile");
                // some providers answer a child's name with its parents' names before it
                links.add(new StorageLink(lastSegment(link.path("name").asText()), file.path("accountName").asText(),
                        file.path("shareName").asText()));
            });
            String customerId = textOrNull(properties.path("appLogsConfiguration").path("logAnalyticsConfiguration")
                    .path("customerId"));
            return new ExistingEnvironment(name, profiles, customerId, links);
        });
    }

    @Override
    public List<Workspace> workspaces() {
        List<Workspace> workspaces = new ArrayList<>();
        list("Microsoft.OperationalInsights/workspaces").forEach(workspace -> workspaces.add(new Workspace(
                workspace.path("name").asText(), workspace.path("properties").path("customerId").asText(""))));
        return workspaces;
    }

    @Override
    public Set<String> deployedBy(Map<String, String> tags) {
        Set<String> ids = new HashSet<>();
        for (JsonNode deployment : list("Microsoft.Resources/deployments")) {
            boolean tagged = tags.entrySet().stream().allMatch(tag ->
                    tag.getValue().equals(deployment.path("tags").path(tag.getKey()).asText(null)));
            if (tagged) {
                deployment.path("properties").path("outputResources")
                        .forEach(resource -> ids.add(resource.path("id").asText().toLowerCase(Locale.ROOT)));
            }
        }
        return ids;
    }

    @Override
    public boolean exists(String type, String... names) {
        String[] types = type.split("/");
        StringBuilder path = new StringBuilder(types[0] + "/" + types[1] + "/" + names[0]);
        for (int i = 1; i < names.length; i++) {
            path.append('/').append(types[i + 1]).append('/').append(names[i]);
        }
        return send(path.toString(), "reading " + type + " " + String.join("/", names)).isPresent();
    }

    private Optional<JsonNode> get(String type, String name) {
        return send(type + "/" + name, "reading " + type + " " + name);
    }

    private List<JsonNode> list(String collection) {
        List<JsonNode> items = new ArrayList<>();
        send(collection, "listing " + collection).ifPresent(page -> page.path("value").forEach(items::add));
        return items;
    }

    private Optional<JsonNode> send(String providerPath, String what) {
        String namespace = providerPath.substring(0, providerPath.indexOf('/'));
        String url = connection.armEndpoint().toString().replaceAll("/+$", "") + "/" + group + "/providers/"
                + providerPath + "?api-version=" + API_VERSIONS.getOrDefault(namespace, "2024-03-01");
        return calls.call(what, () -> {
            try (HttpResponse response = connection.pipeline().sendSync(new HttpRequest(HttpMethod.GET, url), Context.NONE)) {
                String body = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
                if (response.getStatusCode() == 404) {
                    return Optional.empty();
                }
                if (response.getStatusCode() / 100 != 2) {
                    throw refused(what, response.getStatusCode(), body);
                }
                return Optional.of(JsonFiles.MAPPER.readTree(body));
            } catch (IOException e) {
                throw new InfractlException(ExitCode.AZURE_FAILED, what + ": Resource Manager sent a body that is not JSON",
                        "run again with --verbose to see the response", e);
            }
        });
    }

    private static InfractlException refused(String what, int status, String body) {
        String code = "HTTP " + status;
        String message = "";
        try {
            JsonNode error = JsonFiles.MAPPER.readTree(body.isBlank() ? "{}" : body).path("error");
            code = error.path("code").asText(code);
            message = error.path("message").asText("");
        } catch (IOException e) {
            // the status says enough
        }
        if (status == 401) {
            return new InfractlException(ExitCode.AUTHENTICATION, what + " failed: " + code, Credentials.SIGN_IN_HINT);
        }
        return new InfractlException(ExitCode.AZURE_FAILED, what + " failed: " + code + ": " + message,
                status == 403 ? "reading what exists needs Reader on the resource group" : "run again with --verbose");
    }

    private static String lastSegment(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
