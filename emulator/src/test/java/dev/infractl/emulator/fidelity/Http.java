package dev.infractl.emulator.fidelity;

import dev.infractl.TlsTrust;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** Raw HTTPS exchanges with the emulator's Resource Manager endpoint, shaped like the az CLI's. */
final class Http {

    private final Endpoint endpoint;
    private final SSLContext ssl;
    private final HttpClient client;

    Http(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.ssl = trusting(endpoint);
        this.client = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
    }

    SSLContext ssl() {
        return ssl;
    }

    Reply get(String path) {
        return send("GET", path, null, true);
    }

    Reply head(String path) {
        return send("HEAD", path, null, true);
    }

    Reply delete(String path) {
        return send("DELETE", path, null, true);
    }

    Reply put(String path, String json) {
        return send("PUT", path, json, true);
    }

    Reply patch(String path, String json) {
        return send("PATCH", path, json, true);
    }

    Reply post(String path, String json) {
        return send("POST", path, json, true);
    }

    Reply anonymous(String method, String path) {
        return send(method, path, null, false);
    }

    /** A GET of a whole URL with another bearer token (a container app's log stream takes getAuthToken's). */
    Reply withToken(String url, String token) {
        return exchange("GET", HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET());
    }

    /** A path ({@code /subscriptions/...}) or a whole URL such as a {@code Location} header. */
    Reply send(String method, String pathOrUrl, String json, boolean withToken) {
        URI uri = pathOrUrl.startsWith("https://") ? URI.create(pathOrUrl)
                : endpoint.arm().resolve(pathOrUrl.replace(" ", "%20"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (withToken) {
            request.header("Authorization", "Bearer " + endpoint.token());
        }
        return exchange(method, request);
    }

    private Reply exchange(String method, HttpRequest.Builder request) {
        URI uri = request.build().uri();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(method, uri.getRawPath(), response.statusCode(), response.headers(),
                    response.body() == null ? "" : response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri.getRawPath() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Follows an asynchronous operation's URL (Location or Azure-AsyncOperation) until it stops answering 202. */
    Reply settle(String url) {
        Reply reply = send("GET", url, null, true);
        for (int i = 0; i < 600 && (reply.status() == 202 || reply.at("/status").matches("Running|InProgress|Accepted")); i++) {
            pause(50);
            reply = send("GET", url, null, true);
        }
        return reply;
    }

    /** Polls a resource until its provisioningState is terminal; answers the last GET. */
    Reply until(String path, String terminal) {
        Reply reply = get(path);
        for (int i = 0; i < 600 && !reply.at("/properties/provisioningState").matches(terminal)
                && reply.status() < 300; i++) {
            pause(50);
            reply = get(path);
        }
        return reply;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static SSLContext trusting(Endpoint endpoint) {
        return TlsTrust.trusting(endpoint.caCert());
    }
}
