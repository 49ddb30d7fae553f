package dev.infractl.emulator;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.resourcemanager.resources.ResourceManager;
import dev.infractl.TlsTrust;
import java.time.OffsetDateTime;
import java.util.Map;
import javax.net.ssl.SSLContext;
import reactor.core.publisher.Mono;

/** The real Azure SDK pointed at an emulator: an HttpClient trusting its CA, credentials, a ResourceManager. */
final class SdkClients {

    private final Emulator emulator;
    private final HttpClient httpClient;

    SdkClients(Emulator emulator) {
        this.emulator = emulator;
        this.httpClient = new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(sslContext())).build();
    }

    HttpClient httpClient() {
        return httpClient;
    }

    SSLContext sslContext() {
        return TlsTrust.trusting(emulator.caCertificate());
    }

    TokenCredential staticToken() {
        return request -> Mono.just(new AccessToken(emulator.token(), OffsetDateTime.now().plusHours(1)));
    }

    TokenCredential clientSecret() {
        return new ClientSecretCredentialBuilder()
                .tenantId(emulator.tenantId())
                .clientId("11111111-2222-3333-4444-555555555555")
                .clientSecret("not-a-real-secret")
                .authorityHost(emulator.armEndpoint().toString())
                .disableInstanceDiscovery()
                .httpClient(httpClient)
                .build();
    }

    AzureProfile profile() {
        String endpoint = emulator.armEndpoint().toString();
        AzureEnvironment environment = new AzureEnvironment(Map.of(
                "resourceManagerEndpointUrl", endpoint,
                "managementEndpointUrl", endpoint,
                "activeDirectoryEndpointUrl", endpoint,
                "portalUrl", "https://portal.azure.com"));
        return new AzureProfile(emulator.tenantId(), emulator.subscriptionId(), environment);
    }

    ResourceManager resourceManager(TokenCredential credential) {
        return ResourceManager.configure().withHttpClient(httpClient)
                .authenticate(credential, profile())
                .withSubscription(emulator.subscriptionId());
    }
}
