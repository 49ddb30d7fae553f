package dev.infractl.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.rest.Response;
import com.azure.core.util.Context;
import com.azure.core.util.FluxUtil;
import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.resourcemanager.resources.fluent.DeploymentsClient;
import com.azure.resourcemanager.resources.fluent.models.DeploymentValidateResultInner;
import dev.infractl.deploy.ArmError;
import dev.infractl.deploy.DeploymentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import reactor.core.publisher.Flux;

/**
 * Preflight validation, one POST. ARM answers 200 (valid), 400 with the error tree (invalid; the SDK's
 * poller calls this a synchronously failed operation and hides the body), or 202 with a Location to poll.
 */
final class PreflightValidation {

    private static final Duration POLL = Duration.ofMillis(250);

    private PreflightValidation() {
    }

    static Optional<ArmError> run(DeploymentsClient deployments, HttpPipeline pipeline, String resourceGroup,
                                  DeploymentRequest request) {
        Response<Flux<ByteBuffer>> response = deployments.validateWithResponseAsync(resourceGroup, request.name(),
                DeploymentBodies.of(request)).block();
        int status = response.getStatusCode();
        byte[] body = FluxUtil.collectBytesInByteBufferStream(response.getValue()).block();
        String location = response.getHeaders().getValue(HttpHeaderName.LOCATION);
        while (status == 202 && location != null) {
            sleep(POLL);
            try (HttpResponse poll = pipeline.sendSync(new HttpRequest(HttpMethod.GET, location), Context.NONE)) {
                status = poll.getStatusCode();
                body = poll.getBodyAsBinaryData().toBytes();
                location = poll.getHeaders().getValue(HttpHeaderName.LOCATION) == null ? location
                        : poll.getHeaders().getValue(HttpHeaderName.LOCATION);
            }
        }
        return errorIn(body);
    }

    private static Optional<ArmError> errorIn(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try (JsonReader reader = JsonProviders.createReader(body)) {
            DeploymentValidateResultInner result = DeploymentValidateResultInner.fromJson(reader);
            return result == null || result.error() == null ? Optional.empty() : Optional.of(ArmErrors.of(result.error()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        }
    }
}
