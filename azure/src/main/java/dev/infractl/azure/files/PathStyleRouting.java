package dev.infractl.azure.files;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelinePosition;
import com.azure.core.http.policy.HttpPipelineSyncPolicy;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

/**
 * Sends requests to a path-style account endpoint such as {@code https://127.0.0.1:8443/account/} (the
 * local emulator, Azure Stack, a proxy). The Files SDK's builders keep only the scheme and host of an
 * endpoint and drop its port and path, so every request is re-addressed here, after it was signed:
 * the signature is the one a host-style request to the same account carries.
 */
public final class PathStyleRouting extends HttpPipelineSyncPolicy {

    private final URI accountEndpoint;

    /** @param accountEndpoint the endpoint with the account as its first path segment */
    public PathStyleRouting(URI accountEndpoint) {
        this.accountEndpoint = accountEndpoint;
    }

    /** True when an endpoint needs re-addressing: it carries a port or a path. */
    public static boolean needed(URI endpoint) {
        String path = endpoint.getPath() == null ? "" : endpoint.getPath();
        return endpoint.getPort() != -1 || !path.replace("/", "").isEmpty();
    }

    @Override
    protected void beforeSendingRequest(HttpPipelineCallContext context) {
        URL url = context.getHttpRequest().getUrl();
        String prefix = accountEndpoint.getRawPath().replaceAll("/+$", "");
        if (url.getPort() == accountEndpoint.getPort() && url.getPath().startsWith(prefix + "/")) {
            return;
        }
        String target = accountEndpoint.getScheme() + "://" + accountEndpoint.getRawAuthority() + prefix + url.getPath()
                + (url.getQuery() == null ? "" : "?" + url.getQuery());
        try {
            context.getHttpRequest().setUrl(new URL(target));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("cannot address " + target, e);
        }
    }

    @Override
    public HttpPipelinePosition getPipelinePosition() {
        return HttpPipelinePosition.PER_RETRY;
    }
}
