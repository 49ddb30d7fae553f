package dev.infractl.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.expression.JsonValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shape of template infractl deploys (storage account, file service, share, Log Analytics, managed
 * environment, environment storage reading listKeys, container app, outputs), prepared and then deployed
 * resource by resource against an in-memory state, the way the emulator drives it.
 */
class InferenceTemplateTest {

    private static final String ACCOUNT = "st" + UniqueString.of(Templates.GROUP).substring(0, 10);
    private static final String APP = "aca-app-" + UniqueString.of(Templates.GROUP).substring(0, 8);

    private final FakeResourceState state = new FakeResourceState();
    private final Map<String, JsonNode> created = new LinkedHashMap<>();

    @Test
    void preparesTheResourcesInDependencyOrderWithDefaultNames() throws IOException {
        PreparedDeployment deployment = prepare("{`maximumInstanceCount`: {`value`: 2}, `storageAccountName`: {`value`: null}}");

        assertThat(deployment.resources()).extracting(PlannedResource::type).containsExactly(
                "Microsoft.Storage/storageAccounts",
                "Microsoft.Storage/storageAccounts/fileServices",
                "Microsoft.Storage/storageAccounts/fileServices/shares",
                "Microsoft.OperationalInsights/workspaces",
                "Microsoft.App/managedEnvironments",
                "Microsoft.App/managedEnvironments/storages",
                "Microsoft.App/containerApps");
        assertThat(deployment.parameters().get("storageAccountName").asText())
                .isEqualTo(ACCOUNT).matches("[a-z0-9]{3,24}");
        assertThat(deployment.resources().get(4).dependsOn()).containsExactly(
                Templates.id("Microsoft.OperationalInsights/workspaces", "log-" + UniqueString.of(Templates.GROUP)));
        assertThat(deployment.resources().get(5).dependsOn()).containsExactlyInAnyOrder(
                deployment.resources().get(4).resourceId(), deployment.resources().get(2).resourceId(),
                deployment.resources().get(0).resourceId());
    }

    @Test
    void deploysEndToEndAndComputesTheOutputs() throws IOException {
        PreparedDeployment deployment = prepare("{`maximumInstanceCount`: {`value`: 2}}");

        for (PlannedResource resource : deployment.resources()) {
            assertThat(created.keySet()).containsAll(resource.dependsOn());
            create(resource, deployment.evaluateResource(resource, state));
        }
        Map<String, JsonNode> outputs = deployment.outputs(state);

        JsonNode environment = created.get(deployment.resources().get(4).resourceId());
        assertThat(environment.at("/properties/appLogsConfiguration/logAnalyticsConfiguration")).isEqualTo(
                Templates.json("{`customerId`: `workspace-customer-id`, `sharedKey`: `log-shared-key`}"));
        assertThat(environment.at("/properties/workloadProfiles/1")).isEqualTo(Templates.json(
                "{`name`: `GPU`, `workloadProfileType`: `NC24-A100`, `minimumCount`: 0, `maximumCount`: 2}"));
        assertThat(created.get(deployment.resources().get(5).resourceId()).at("/properties/azureFile/accountKey").asText())
                .isEqualTo("storage-key-1");
        JsonNode app = created.get(deployment.resources().get(6).resourceId());
        assertThat(app.at("/properties/template/containers/0/command/2").asText())
                .isEqualTo("pip install -r /mount/inference/requirements.txt && python /mount/inference/app.py");
        assertThat(app.at("/properties/template/scale/maxReplicas").asInt()).isEqualTo(2);
        assertThat(outputs).containsOnlyKeys("SUBSCRIPTION_ID", "RESOURCE_GROUP_NAME", "STORAGE_ACCOUNT_NAME",
                "FILE_SHARE_NAME", "ACA_APP_NAME", "ACA_APP_ENDPOINT");
        assertThat(outputs.get("ACA_APP_ENDPOINT").get("value").asText()).isEqualTo("https://127.0.0.1:4433");
        assertThat(outputs.get("STORAGE_ACCOUNT_NAME").get("value").asText()).isEqualTo(ACCOUNT);
        assertThat(outputs.get("ACA_APP_NAME").get("value").asText()).isEqualTo(APP);
        assertThat(outputs.get("SUBSCRIPTION_ID").get("type").asText()).isEqualTo("String");
    }

    private PreparedDeployment prepare(String parameters) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("inference-sample.json")) {
            return TemplateEvaluator.prepare(JsonValues.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), Templates.json(parameters), Templates.SCOPE);
        }
    }

    /** What Resource Manager would answer afterwards: the body plus the properties the service fills in. */
    private void create(PlannedResource resource, JsonNode body) {
        ObjectNode stored = body.deepCopy();
        stored.put("id", resource.resourceId());
        ObjectNode properties = stored.has("properties") ? (ObjectNode) stored.get("properties") : stored.putObject("properties");
        switch (resource.type()) {
            case "Microsoft.Storage/storageAccounts" -> {
                properties.putObject("primaryEndpoints").put("file", "https://127.0.0.1:4432/" + resource.name() + "/");
                state.withKeys(resource.resourceId(), Templates.json("{`keys`: [{`keyName`: `key1`, `value`: `storage-key-1`}]}"));
            }
            case "Microsoft.OperationalInsights/workspaces" -> {
                properties.put("customerId", "workspace-customer-id");
                state.withKeys(resource.resourceId(), Templates.json("{`primarySharedKey`: `log-shared-key`}"));
            }
            case "Microsoft.App/containerApps" ->
                properties.withObject("/configuration/ingress").put("fqdn", "127.0.0.1:4433");
            default -> {
            }
        }
        properties.put("provisioningState", "Succeeded");
        state.withResource(resource.resourceId(), stored);
        created.put(resource.resourceId(), stored);
    }
}
