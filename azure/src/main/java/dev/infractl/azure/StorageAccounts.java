package dev.infractl.azure;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.net.URI;

/**
 * A storage account's file endpoint and key through Resource Manager (GET the account, POST listKeys) on
 * the connection's pipeline; azure-resourcemanager-storage is not among our dependencies.
 */
public final class StorageAccounts {

    static final String API_VERSION = "2023-05-01";

    private final AzureConnection connection;
    private final AzureCalls calls;

    public StorageAccounts(AzureConnection connection) {
        this.connection = connection;
        this.calls = new AzureCalls(connection.armEndpoint());
    }

    public StorageAccess access(String subscriptionId, String resourceGroup, String account) {
        String id = "subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.Storage/storageAccounts/" + account;
        JsonNode resource = send(HttpMethod.GET, id, "reading storage account " + account, account, resourceGroup);
        String file = resource.path("properties").path("primaryEndpoints").path("file").asText("");
        URI endpoint = file.isBlank() ? URI.create("https://" + account + ".file." + storageSuffix(connection.cloud()) + "/")
                : URI.create(file);
        JsonNode keys = send(HttpMethod.POST, id + "/listKeys", "listing the keys of storage account " + account, account, resourceGroup);
        String key = keys.path("keys").path(0).path("value").asText("");
        if (key.isBlank()) {
            throw new InfractlException(ExitCode.AZURE_FAILED, "storage account " + account + " returned no keys",
                    "check that shared-key access is allowed on the account (allowSharedKeyAccess)");
        }
        return new StorageAccess(account, endpoint, key);
    }

    /** The endpoint suffix of storage in each cloud, for accounts whose endpoints cannot be read. */
    static String storageSuffix(Cloud cloud) {
        return switch (cloud) {
            case AZURE_CLOUD -> "core.windows.net";
            case AZURE_CHINA_CLOUD -> "core.chinacloudapi.cn";
            case AZURE_US_GOVERNMENT -> "core.usgovcloudapi.net";
        };
    }

    private JsonNode send(HttpMethod method, String id, String what, String account, String resourceGroup) {
        String url = connection.armEndpoint().toString().replaceAll("/+$", "") + "/" + id + "?api-version=" + API_VERSION;
        return calls.call(what, () -> {
            HttpRequest request = new HttpRequest(method, url);
            if (method == HttpMethod.POST) {
                request.setHeader(com.azure.core.http.HttpHeaderName.CONTENT_LENGTH, "0");
            }
            try (HttpResponse response = connection.pipeline().sendSync(request, Context.NONE)) {
                String body = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
                if (response.getStatusCode() / 100 != 2) {
                    throw refused(what, response.getStatusCode(), body, account, resourceGroup);
                }
                return JsonFiles.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new InfractlException(ExitCode.AZURE_FAILED, what + ": Resource Manager sent a body that is not JSON",
                        "run again with --verbose to see the response", e);
            }
        });
    }

    private static InfractlException refused(String what, int status, String body, String account, String resourceGroup) {
        JsonNode error;
        try {
            error = JsonFiles.MAPPER.readTree(body.isBlank() ? "{}" : body).path("error");
        } catch (IOException e) {
            error = JsonFiles.MAPPER.createObjectNode();
        }
        String code = error.path("code").asText("HTTP " + status);
        String message = what + " failed: " + code + ": " + error.path("message").asText("(no message)");
        if (status == 401) {
            return new InfractlException(ExitCode.AUTHENTICATION, message, Credentials.SIGN_IN_HINT);
        }
        String hint = switch (status) {
            case 403 -> "listing keys needs Microsoft.Storage/storageAccounts/listkeys/action on the account (for"
                    + " example the Storage Account Key Operator Service Role or Contributor)";
            case 404 -> "check STORAGE_ACCOUNT_NAME and RESOURCE_GROUP_NAME in infra/inference.config.json: storage account "
                    + account + " was not found in resource group " + resourceGroup;
            default -> "run again with --verbose to see the requests";
        };
        return new InfractlException(ExitCode.AZURE_FAILED, message, hint);
    }
}
