package dev.infractl.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.policy.AddDatePolicy;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.http.policy.ArmChallengeAuthenticationPolicy;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.appcontainers.ContainerAppsApiManager;
import com.azure.resourcemanager.resources.ResourceManager;
import dev.infractl.InfractlException;
import dev.infractl.TlsTrust;
import dev.infractl.deploy.DeploymentGateway;
import dev.infractl.deploy.ResourceGroups;
import dev.infractl.deploy.WhatIf;
import dev.infractl.preflight.PreflightPorts;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything that talks to Resource Manager goes through one of these: one HTTP client, one pipeline
 * (retry honouring Retry-After, authentication, verbose redacted logging), and the SDK managers built on it.
 */
public final class AzureConnection {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final ConnectionSettings settings;
    private final HttpClient httpClient;
    private final HttpPipeline pipeline;
    private final TokenCredential credential;
    /** Building a manager builds all its clients: once per subscription, not once per gateway. */
    private final Map<String, ResourceManager> managers = new ConcurrentHashMap<>();

    private AzureConnection(ConnectionSettings settings, HttpClient httpClient, TokenCredential credential,
                            HttpPipelinePolicy authentication) {
        this.settings = settings;
        this.httpClient = httpClient;
        this.credential = credential;
        List<HttpPipelinePolicy> policies = new ArrayList<>(List.of(
                new UserAgentPolicy("infractl"), new RequestIdPolicy(), new AddDatePolicy(), new RetryPolicy(), authentication));
        if (settings.verboseLog() != null) {
            policies.add(new VerboseLogPolicy(settings.verboseLog()));
        }
        this.pipeline = new HttpPipelineBuilder().httpClient(httpClient)
                .policies(policies.toArray(HttpPipelinePolicy[]::new)).build();
    }

    public static AzureConnection open(ConnectionSettings settings) {
        URI endpoint = settings.effectiveArmEndpoint();
        boolean plainHttp = "http".equalsIgnoreCase(endpoint.getScheme());
        if (plainHttp && !LOOPBACK.contains(endpoint.getHost())) {
            throw InfractlException.badInput("--arm-endpoint " + endpoint + " is plain http on a remote host", null,
                    "use https; plain http is accepted only for 127.0.0.1 (replays and tests)");
        }
        HttpClient httpClient = TrustedHttpClient.create(settings.caCertificate());
        if (settings.accessToken() != null && !settings.accessToken().isBlank()) {
            String token = settings.accessToken().strip();
            return new AzureConnection(settings, httpClient, Credentials.fixed(token), new StaticTokenPolicy(token));
        }
        TokenCredential credential = Credentials.defaultCredential(settings.cloud(), settings.tenantId(), httpClient);
        return new AzureConnection(settings, httpClient, credential,
                new ArmChallengeAuthenticationPolicy(credential, settings.cloud().managementScope()));
    }

    public Cloud cloud() {
        return settings.cloud();
    }

    public URI armEndpoint() {
        return settings.effectiveArmEndpoint();
    }

    /** The portal of the cloud, for links to the deployment blade. */
    public String portalUrl() {
        return settings.cloud().portalUrl();
    }

    public HttpClient httpClient() {
        return httpClient;
    }

    /** The --verbose logging policy, for pipelines built elsewhere (the Files data plane); empty without --verbose. */
    public Optional<HttpPipelinePolicy> verboseLogging() {
        return Optional.ofNullable(settings.verboseLog()).map(VerboseLogPolicy::new);
    }

    /**
     * A JDK client for long streamed responses (the log stream), trusting --ca-cert like the pipeline's client;
     * azure-core's clients read bodies whole.
     */
    public java.net.http.HttpClient streamingClient() {
        java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(10));
        if (settings.caCertificate() != null) {
            builder.sslContext(TlsTrust.trusting(settings.caCertificate()));
        }
        return builder.build();
    }

    /** The raw pipeline, for calls the SDK managers do not cover (storage listKeys). */
    public HttpPipeline pipeline() {
        return pipeline;
    }

    public TokenCredential credential() {
        return credential;
    }

    public AzureProfile profile(String subscriptionId) {
        Map<String, String> endpoints = new HashMap<>(environmentOf(settings.cloud()).getEndpoints());
        endpoints.put("resourceManagerEndpointUrl", armEndpoint().toString());
        return new AzureProfile(settings.tenantId(), subscriptionId, new AzureEnvironment(endpoints));
    }

    public ResourceManager resourceManager(String subscriptionId) {
        return managers.computeIfAbsent(subscriptionId,
                subscription -> ResourceManager.authenticate(pipeline, profile(subscription)).withSubscription(subscription));
    }

    public ContainerAppsApiManager containerApps(String subscriptionId) {
        return ContainerAppsApiManager.authenticate(pipeline, profile(subscriptionId));
    }

    public DeploymentGateway deployments(String subscriptionId, String resourceGroup) {
        return new AzureDeploymentGateway(resourceManager(subscriptionId), resourceGroup, armEndpoint());
    }

    public WhatIf whatIf(String subscriptionId, String resourceGroup) {
        return new AzureWhatIf(resourceManager(subscriptionId), resourceGroup, armEndpoint());
    }

    /** What a preflight asks about the subscription and the target group. */
    public PreflightPorts preflight(String subscriptionId, String resourceGroup) {
        ArmRequests arm = new ArmRequests(pipeline, armEndpoint());
        AzureAccountChecks account = new AzureAccountChecks(arm, subscriptionId, resourceGroup);
        return new PreflightPorts(new AzureGpuCapacity(arm, subscriptionId), account, account, account);
    }

    public ResourceGroups resourceGroups(String subscriptionId) {
        return new AzureResourceGroups(resourceManager(subscriptionId), armEndpoint());
    }

    private static AzureEnvironment environmentOf(Cloud cloud) {
        return switch (cloud) {
            case AZURE_CLOUD -> AzureEnvironment.AZURE;
            case AZURE_CHINA_CLOUD -> AzureEnvironment.AZURE_CHINA;
            case AZURE_US_GOVERNMENT -> AzureEnvironment.AZURE_US_GOVERNMENT;
        };
    }
}
