package dev.infractl.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.identity.DefaultAzureCredentialBuilder;
import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;

/** Which credential signs the requests: a given token, or DefaultAzureCredential for the cloud's authority. */
final class Credentials {

    static final String SIGN_IN_HINT = "sign in with `az login` (then `az account set --subscription ...`), or set "
            + "AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET for a service principal, or use OIDC "
            + "(workload identity federation, azure/login in GitHub Actions) in CI; INFRACTL_ACCESS_TOKEN takes a ready token";

    private Credentials() {
    }

    static TokenCredential defaultCredential(Cloud cloud, String tenantId, HttpClient httpClient) {
        DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder()
                .authorityHost(cloud.authorityHost())
                .httpClient(httpClient);
        if (tenantId != null) {
            builder.tenantId(tenantId);
        }
        return builder.build();
    }

    /** A token credential that always answers with the given token (for SDK clients that insist on one). */
    static TokenCredential fixed(String token) {
        return request -> Mono.just(new AccessToken(token, OffsetDateTime.now().plusHours(1)));
    }
}
