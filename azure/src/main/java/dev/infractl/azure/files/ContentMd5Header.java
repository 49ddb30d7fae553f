package dev.infractl.azure.files;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelinePosition;
import com.azure.core.http.policy.HttpPipelineSyncPolicy;
import com.azure.core.util.Context;
import java.util.Base64;

/**
 * Puts a Content-MD5 header on a Put Range request, so the service checks every range it stores. The
 * Files SDK has no option for it; the digest travels in the call's {@link Context} and is set before
 * the request is signed (a per-call policy runs ahead of the SharedKey policy).
 */
public final class ContentMd5Header extends HttpPipelineSyncPolicy {

    private static final String KEY = "infractl.content-md5";

    /** The context that carries {@code md5} to this policy. */
    public static Context of(byte[] md5) {
        return new Context(KEY, Base64.getEncoder().encodeToString(md5));
    }

    @Override
    protected void beforeSendingRequest(HttpPipelineCallContext context) {
        context.getData(KEY).ifPresent(md5 -> context.getHttpRequest().setHeader(
                HttpHeaderName.CONTENT_MD5, md5.toString()));
    }

    @Override
    public HttpPipelinePosition getPipelinePosition() {
        return HttpPipelinePosition.PER_CALL;
    }
}
