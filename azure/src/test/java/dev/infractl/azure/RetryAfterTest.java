package dev.infractl.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void theMillisecondHintWinsOverWholeSeconds() {
        HttpHeaders headers = new HttpHeaders().set(HttpHeaderName.RETRY_AFTER, "1").set(HttpHeaderName.fromString("x-ms-retry-after-ms"), "100");

        assertThat(AzureDeploymentGateway.retryAfter(headers)).contains(Duration.ofMillis(100));
    }

    @Test
    void secondsAreReadWhenAlone() {
        assertThat(AzureDeploymentGateway.retryAfter(new HttpHeaders().set(HttpHeaderName.RETRY_AFTER, "7"))).contains(Duration.ofSeconds(7));
    }

    @Test
    void aDateInThePastOrGarbageMeansNoWait() {
        assertThat(AzureDeploymentGateway.retryAfter(new HttpHeaders().set(HttpHeaderName.RETRY_AFTER, "Wed, 21 Oct 2015 07:28:00 GMT"))).isEmpty();
        assertThat(AzureDeploymentGateway.retryAfter(new HttpHeaders().set(HttpHeaderName.RETRY_AFTER, "soon"))).isEmpty();
        assertThat(AzureDeploymentGateway.retryAfter(new HttpHeaders())).isEmpty();
    }
}
