package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Entra ID's part: the OAuth2 token endpoint (client credentials) and the OpenID metadata MSAL reads,
 * enough for azure-identity's ClientSecretCredential with the emulator as its authority host.
 */
final class IdentityRoutes {

    private final TokenIssuer tokens;
    private final Clock clock;

    IdentityRoutes(TokenIssuer tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.open("POST", "^/([^/]+)/oauth2(?:/v2\\.0)?/token$", this::token),
                Route.open("GET", "^/([^/]+)(?:/v2\\.0)?/\\.well-known/openid-configuration$", this::openIdConfiguration),
                Route.open("GET", "^/common/discovery/instance$", this::instanceDiscovery),
                Route.open("GET", "^/metadata/endpoints$", this::cloudMetadata));
    }

    private Response token(Request request, Matcher path) {
        Map<String, String> form = request.form();
        String grant = form.getOrDefault("grant_type", "");
        if (!grant.equals("client_credentials")) {
            return oauthError(400, "unsupported_grant_type", "AADSTS70003: The app requested an unsupported grant type '"
                    + grant + "'. The emulator issues tokens for client_credentials only.");
        }
        String clientId = form.getOrDefault("client_id", "");
        if (clientId.isBlank() || form.getOrDefault("client_secret", "").isBlank()) {
            return oauthError(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        }
        ObjectNode body = Json.object()
                .put("token_type", "Bearer")
                .put("expires_in", TokenIssuer.LIFETIME.toSeconds())
                .put("ext_expires_in", TokenIssuer.LIFETIME.toSeconds())
                .put("access_token", tokens.issue(clientId, clock.instant()));
        return Response.ok(body);
    }

    private Response openIdConfiguration(Request request, Matcher path) {
        String authority = request.baseUrl() + "/" + path.group(1);
        ObjectNode body = Json.object()
                .put("issuer", authority + "/v2.0")
                .put("authorization_endpoint", authority + "/oauth2/v2.0/authorize")
                .put("token_endpoint", authority + "/oauth2/v2.0/token")
                .put("device_authorization_endpoint", authority + "/oauth2/v2.0/devicecode")
                .put("jwks_uri", authority + "/discovery/v2.0/keys")
                .put("tenant_region_scope", "WW");
        body.putArray("response_types_supported").add("code").add("token");
        body.putArray("token_endpoint_auth_methods_supported").add("client_secret_post");
        return Response.ok(body);
    }

    private Response instanceDiscovery(Request request, Matcher path) {
        String tenant = "common";
        ObjectNode body = Json.object()
                .put("tenant_discovery_endpoint", request.baseUrl() + "/" + tenant + "/v2.0/.well-known/openid-configuration")
                .put("api-version", "1.1");
        ObjectNode alias = body.putArray("metadata").addObject()
                .put("preferred_network", request.host())
                .put("preferred_cache", request.host());
        alias.putArray("aliases").add(request.host());
        return Response.ok(body);
    }

    /**
     * The cloud's endpoints, as Resource Manager publishes them for custom clouds ({@code az cloud register
     * --endpoint-resource-manager}): one object before api-version 2022-09-01, an array of clouds since.
     */
    private Response cloudMetadata(Request request, Matcher path) {
        String base = request.baseUrl() + "/";
        ObjectNode cloud = Json.object()
                .put("name", "InfractlLocal")
                .put("resourceManager", base)
                .put("portal", "https://portal.azure.com/")
                .put("portalEndpoint", "https://portal.azure.com/")
                .put("galleryEndpoint", base)
                .put("graphEndpoint", base)
                .put("graph", base);
        ObjectNode authentication = cloud.putObject("authentication")
                .put("loginEndpoint", base)
                .put("tenant", "common")
                .put("identityProvider", "AAD");
        authentication.putArray("audiences").add(base).add("https://management.azure.com/");
        cloud.putObject("suffixes").put("storage", "core.windows.net").put("acrLoginServer", "azurecr.io")
                .put("keyVaultDns", "vault.azure.net");
        boolean list = request.queryParameter("api-version").orElse("").compareTo("2022-09-01") >= 0;
        return Response.ok(list ? Json.array().add(cloud) : cloud);
    }

    private static Response oauthError(int status, String error, String description) {
        ObjectNode body = Json.object().put("error", error).put("error_description", description);
        return Response.json(status, body);
    }
}
