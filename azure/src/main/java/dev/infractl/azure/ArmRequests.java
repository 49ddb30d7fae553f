package dev.infractl.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.config.JsonFiles;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Raw Resource Manager calls on the connection's pipeline (retry, authentication, verbose log) for the APIs
 * our SDK dependencies do not cover: usages, checkNameAvailability, permissions, provider registration.
 */
final class ArmRequests {

    private final HttpPipeline pipeline;
    private final URI endpoint;
    private final AzureCalls calls;

    ArmRequests(HttpPipeline pipeline, URI endpoint) {
        this.pipeline = pipeline;
        this.endpoint = endpoint;
        this.calls = new AzureCalls(endpoint);
    }

    JsonNode get(String path, String apiVersion, String what) {
        return find(path, apiVersion, what).orElseThrow(() -> new InfractlException(ExitCode.AZURE_FAILED,
                what + " failed: not found (" + path + ")", "check the subscription and the names"));
    }

    /** The resource, or empty when ARM answers 404. */
    Optional<JsonNode> find(String path, String apiVersion, String what) {
        return send(HttpMethod.GET, path, apiVersion, null, what);
    }

    JsonNode post(String path, String apiVersion, JsonNode body, String what) {
        return send(HttpMethod.POST, path, apiVersion, body, what).orElseGet(JsonFiles.MAPPER::createObjectNode);
    }

    private Optional<JsonNode> send(HttpMethod method, String path, String apiVersion, JsonNode body, String what) {
        String url = endpoint.toString().replaceAll("/+$", "") + path + "?api-version=" + apiVersion;
        return calls.call(what, () -> {
            HttpRequest request = new HttpRequest(method, url);
            if (body != null) {
                request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json").setBody(body.toString());
            } else if (method == HttpMethod.POST) {
                request.setHeader(HttpHeaderName.CONTENT_LENGTH, "0");
            }
            try (HttpResponse response = pipeline.sendSync(request, Context.NONE)) {
                String text = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
                if (response.getStatusCode() == 404) {
                    return Optional.empty();
                }
                if (response.getStatusCode() / 100 != 2) {
                    throw refused(what, response.getStatusCode(), text);
                }
                return Optional.of(JsonFiles.MAPPER.readTree(text.isBlank() ? "{}" : text));
            } catch (IOException e) {
                throw new InfractlException(ExitCode.AZURE_FAILED, what + ": Resource Manager sent a body that is not JSON",
                        "run again with --verbose to see the response", e);
            }
        });
    }

    private static InfractlException refused(String what, int status, String body) {
        JsonNode error;
        try {
            error = JsonFiles.MAPPER.readTree(body.isBlank() ? "{}" : body).path("error");
        } catch (IOException e) {
            error = JsonFiles.MAPPER.createObjectNode();
        }
        String message = what + " failed: " + error.path("code").asText("HTTP " + status) + ": "
                + error.path("message").asText("(no message)");
        if (status == 401) {
            return new InfractlException(ExitCode.AUTHENTICATION, message, Credentials.SIGN_IN_HINT);
        }
        return new InfractlException(ExitCode.AZURE_FAILED, message, status == 403
                ? "your identity may not read this; ask for the Reader role on the subscription or resource group"
                : "run again with --verbose to see the requests");
    }
}
