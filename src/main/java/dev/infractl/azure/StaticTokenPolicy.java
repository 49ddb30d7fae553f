package dev.infractl.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import reactor.core.publisher.Mono;

/**
 * INFRACTL_ACCESS_TOKEN: the bearer token goes on every request as is. Unlike the SDK's bearer policy it
 * also works over plain http, which {@link AzureConnection} allows only for loopback replays.
 */
final class StaticTokenPolicy implements HttpPipelinePolicy {

    private final String authorization;

    StaticTokenPolicy(String token) {
        this.authorization = "Bearer " + token;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        context.getHttpRequest().setHeader(HttpHeaderName.AUTHORIZATION, authorization);
        return next.process();
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        context.getHttpRequest().setHeader(HttpHeaderName.AUTHORIZATION, authorization);
        return next.processSync();
    }

    @Override
    public String toString() {
        return "StaticTokenPolicy[REDACTED]";
    }
}
