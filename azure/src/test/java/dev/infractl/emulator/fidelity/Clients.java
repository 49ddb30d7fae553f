package dev.infractl.emulator.fidelity;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.appcontainers.ContainerAppsApiManager;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.file.share.ShareServiceClient;
import com.azure.storage.file.share.ShareServiceClientBuilder;
import dev.infractl.azure.files.PathStyleRouting;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import reactor.core.publisher.Mono;

/** The clients a case uses: raw HTTPS, the Azure SDK's managers and the Files SDK, all pointed at one emulator. */
final class Clients {

    final Endpoint endpoint;
    final Http http;
    final Fixtures fixtures;
    private final HttpClient sdkHttp;

    Clients(Endpoint endpoint, String runId) {
        this.endpoint = endpoint;
        this.http = new Http(endpoint);
        this.sdkHttp = new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(http.ssl())).build();
        this.fixtures = new Fixtures(this, runId);
    }

    ResourceManager arm() {
        return ResourceManager.configure().withHttpClient(sdkHttp).authenticate(token(), profile())
                .withSubscription(endpoint.subscriptionId());
    }

    ContainerAppsApiManager apps() {
        return ContainerAppsApiManager.configure().withHttpClient(sdkHttp).authenticate(token(), profile());
    }

    /** The Files data plane of an account, signed with its key from listKeys. */
    ShareServiceClient shares(String account) {
        URI accountEndpoint = endpoint.files().resolve(account + "/");
        return new ShareServiceClientBuilder().endpoint(accountEndpoint.toString())
                .credential(new StorageSharedKeyCredential(account, fixtures.key(account)))
                .httpClient(sdkHttp).addPolicy(new PathStyleRouting(accountEndpoint)).buildClient();
    }

    /** The SDK's HTTP client, trusting the emulator's CA, for clients a case builds itself. */
    HttpClient sdkHttp() {
        return sdkHttp;
    }

    private TokenCredential token() {
        return request -> Mono.just(new AccessToken(endpoint.token(), OffsetDateTime.now().plusHours(1)));
    }

    private AzureProfile profile() {
        String arm = endpoint.arm().toString();
        AzureEnvironment environment = new AzureEnvironment(Map.of("resourceManagerEndpointUrl", arm,
                "managementEndpointUrl", arm, "activeDirectoryEndpointUrl", arm, "portalUrl", "https://portal.azure.com"));
        return new AzureProfile(endpoint.tenantId(), endpoint.subscriptionId(), environment);
    }
}
