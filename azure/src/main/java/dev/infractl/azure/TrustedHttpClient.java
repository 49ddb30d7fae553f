package dev.infractl.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import dev.infractl.TlsTrust;
import java.nio.file.Path;
import java.time.Duration;

/** The one azure-core HTTP client, on the JDK's client; trusts an extra CA when --ca-cert names one. */
final class TrustedHttpClient {

    private TrustedHttpClient() {
    }

    static HttpClient create(Path caCertificate) {
        java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder();
        if (caCertificate != null) {
            jdk.sslContext(TlsTrust.trusting(caCertificate));
        }
        return new JdkHttpClientBuilder(jdk).connectionTimeout(Duration.ofSeconds(10)).build();
    }
}
