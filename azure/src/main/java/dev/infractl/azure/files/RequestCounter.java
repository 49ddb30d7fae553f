package dev.infractl.azure.files;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelinePosition;
import com.azure.core.http.policy.HttpPipelineSyncPolicy;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the HTTP requests that leave the pipeline, retries included, for the sync summary. */
public final class RequestCounter extends HttpPipelineSyncPolicy {

    private final AtomicLong requests = new AtomicLong();

    public long requests() {
        return requests.get();
    }

    @Override
    protected void beforeSendingRequest(HttpPipelineCallContext context) {
        requests.incrementAndGet();
    }

    @Override
    public HttpPipelinePosition getPipelinePosition() {
        return HttpPipelinePosition.PER_RETRY;
    }
}
