package dev.infractl.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import dev.infractl.app.EndpointCalls;
import java.net.URI;

/** Requests to the app's endpoint with the connection's HTTP client (which trusts --ca-cert and the emulator's CA). */
public final class HttpEndpointCalls implements EndpointCalls {

    private final HttpClient httpClient;

    public HttpEndpointCalls(HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    @Override
    public Answer get(URI url) {
        return send(new HttpRequest(HttpMethod.GET, url.toString()));
    }

    @Override
    public Answer postJson(URI url, String json) {
        HttpRequest request = new HttpRequest(HttpMethod.POST, url.toString());
        request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json");
        request.setBody(json);
        return send(request);
    }

    private Answer send(HttpRequest request) {
        try (HttpResponse response = httpClient.sendSync(request, Context.NONE)) {
            String body = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
            return new Answer(response.getStatusCode(), body);
        } catch (RuntimeException e) {
            return new Answer(0, "");
        }
    }
}
