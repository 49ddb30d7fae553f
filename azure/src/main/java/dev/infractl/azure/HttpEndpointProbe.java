package dev.infractl.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import dev.infractl.app.EndpointProbe;
import java.net.URI;

/** Probes the app's endpoint with the connection's HTTP client (which trusts --ca-cert and the emulator's CA). */
public final class HttpEndpointProbe implements EndpointProbe {

    private final HttpClient httpClient;

    public HttpEndpointProbe(HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    @Override
    public int status(URI endpoint) {
        try (HttpResponse response = httpClient.sendSync(new HttpRequest(HttpMethod.GET, endpoint.toString()), Context.NONE)) {
            return response.getStatusCode();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
