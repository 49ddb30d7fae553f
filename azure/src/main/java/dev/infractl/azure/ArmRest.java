package dev.infractl.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.config.JsonFiles;
import dev.infractl.deploy.ArmError;
import dev.infractl.deploy.FailureHints;
import java.io.IOException;
import java.util.Optional;

/**
 * Resource Manager calls by resource id on the connection's pipeline, for the resource types we have no SDK
 * for or whose SDK models drop fields (scale rules, workload profiles, generic deletes). Refusals become
 * {@link InfractlException} with ARM's error code and a hint; a 404 on GET is an empty answer.
 */
final class ArmRest {

    /** One answer: the status, the Location header (long-running operations), and the JSON body. */
    record Reply(int status, String location, JsonNode body) {
    }

    private final AzureConnection connection;
    private final AzureCalls calls;

    ArmRest(AzureConnection connection) {
        this.connection = connection;
        this.calls = new AzureCalls(connection.armEndpoint());
    }

    Optional<JsonNode> get(String id, String apiVersion, String what) {
        Reply reply = send(HttpMethod.GET, id, apiVersion, null, what, true);
        return reply.status() == 404 ? Optional.empty() : Optional.of(reply.body());
    }

    Reply send(HttpMethod method, String id, String apiVersion, JsonNode body, String what) {
        return send(method, id, apiVersion, body, what, false);
    }

    /** A GET of an absolute URL, such as a Location to poll. */
    Reply poll(String url, String what) {
        return exchange(new HttpRequest(HttpMethod.GET, url), what, true);
    }

    private Reply send(HttpMethod method, String id, String apiVersion, JsonNode body, String what, boolean notFoundIsAnswer) {
        String url = connection.armEndpoint().toString().replaceAll("/+$", "") + "/" + id.replaceAll("^/+", "")
                + (id.contains("?") ? "&" : "?") + "api-version=" + apiVersion;
        HttpRequest request = new HttpRequest(method, url);
        if (body != null) {
            request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json");
            request.setBody(body.toString());
        } else if (method == HttpMethod.POST) {
            request.setHeader(HttpHeaderName.CONTENT_LENGTH, "0");
        }
        return exchange(request, what, notFoundIsAnswer);
    }

    private Reply exchange(HttpRequest request, String what, boolean notFoundIsAnswer) {
        return calls.call(what, () -> {
            try (HttpResponse response = connection.pipeline().sendSync(request, Context.NONE)) {
                String text = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
                JsonNode json = text.isBlank() ? JsonFiles.MAPPER.createObjectNode() : JsonFiles.MAPPER.readTree(text);
                int status = response.getStatusCode();
                if (status / 100 != 2 && !(status == 404 && notFoundIsAnswer)) {
                    throw refused(what, status, json);
                }
                return new Reply(status, response.getHeaderValue(HttpHeaderName.LOCATION), json);
            } catch (IOException e) {
                throw new InfractlException(ExitCode.AZURE_FAILED, what + ": Resource Manager sent a body that is not JSON",
                        "run again with --verbose to see the response", e);
            }
        });
    }

    private static InfractlException refused(String what, int status, JsonNode body) {
        JsonNode error = body.path("error");
        ArmError armError = ArmError.of(error.path("code").asText("HttpStatus" + status),
                error.path("message").asText("(no message)"));
        if (status == 401) {
            return new InfractlException(ExitCode.AUTHENTICATION, "Azure rejected the credentials (" + what + "): "
                    + armError.code(), Credentials.SIGN_IN_HINT);
        }
        String hint = String.join("\nhint: ", FailureHints.forError(armError));
        return new InfractlException(ExitCode.AZURE_FAILED, what + " failed: " + armError.code() + ": " + armError.message(),
                hint.isEmpty() ? "run again with --verbose to see the requests" : hint);
    }
}
