package dev.infractl.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.policy.HttpPipelineSyncPolicy;

/**
 * INFRACTL_ACCESS_TOKEN: the bearer token goes on every request as is. Unlike the SDK's bearer policy it
 * also works over plain http, which {@link AzureConnection} allows only for loopback replays.
 */
final class StaticTokenPolicy extends HttpPipelineSyncPolicy {

    private final String authorization;

    StaticTokenPolicy(String token) {
        this.authorization = "Bearer " + token;
    }

    @Override
    protected void beforeSendingRequest(HttpPipelineCallContext context) {
        context.getHttpRequest().setHeader(HttpHeaderName.AUTHORIZATION, authorization);
    }

    @Override
    public String toString() {
        return "StaticTokenPolicy[REDACTED]";
    }
}
