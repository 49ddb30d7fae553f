package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.DeploymentsClient;
import com.azure.resourcemanager.resources.fluent.models.DeploymentExtendedInner;
import com.azure.resourcemanager.resources.fluent.models.DeploymentInner;
import com.azure.resourcemanager.resources.fluent.models.DeploymentOperationInner;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.DeploymentParameter;
import com.azure.resourcemanager.resources.models.DeploymentProperties;
import com.azure.resourcemanager.resources.models.DeploymentWhatIf;
import com.azure.resourcemanager.resources.models.DeploymentWhatIfProperties;
import com.azure.resourcemanager.resources.models.ProvisioningState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deployments at subscription scope (Deployments_CreateOrUpdateAtSubscriptionScope and its siblings in
 * azure-rest-api-specs) through the Azure SDK's generated client: a Bicep main file with
 * {@code targetScope = 'subscription'} that makes a group and deploys a module into it (the corpus template).
 */
class SubscriptionDeploymentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final EmulatedArm AZURE = EmulatedArm.started();

    private ResourceManager arm;
    private DeploymentsClient deployments;
    private String subscriptionId;

    @BeforeEach
    void clients() {
        arm = AZURE.arm();
        deployments = arm.deploymentClient().getDeployments();
        subscriptionId = AZURE.emulator().subscriptionId();
    }

    @Test
    void aMainFileMakesItsGroupAndDeploysAModuleIntoItWhoseOutputsFeedTheParent() {
        DeploymentExtendedInner done = deployments.createOrUpdateAtSubscriptionScope("main-one",
                request("swedencentral", "rg-sub-one"));

        assertThat(done.properties().provisioningState()).isEqualTo(ProvisioningState.SUCCEEDED);
        assertThat(done.id()).isEqualTo("/subscriptions/" + subscriptionId
                + "/providers/Microsoft.Resources/deployments/main-one");
        assertThat(done.location()).isEqualTo("swedencentral");
        assertThat(arm.resourceGroups().getByName("rg-sub-one").tags()).containsEntry("app", "inference");
        Map<?, ?> outputs = (Map<?, ?>) done.properties().outputs();
        String account = (String) ((Map<?, ?>) outputs.get("accountName")).get("value");
        assertThat(account).matches("st[a-z0-9]{13}");
        assertThat(arm.genericResources().getById("/subscriptions/" + subscriptionId
                + "/resourceGroups/rg-sub-one/providers/Microsoft.Storage/storageAccounts/" + account, "2023-05-01")
                .name()).isEqualTo(account);
        assertThat(arm.deployments().getByResourceGroup("rg-sub-one", "storage").outputs().toString()).contains(account);
    }

    @Test
    void operationsListExportValidateAndWhatIfAnswerAtSubscriptionScope() {
        deployments.createOrUpdateAtSubscriptionScope("main-two", request("swedencentral", "rg-sub-two"));

        List<DeploymentOperationInner> operations = arm.deploymentClient().getDeploymentOperations()
                .listAtSubscriptionScope("main-two").stream().toList();
        assertThat(operations).extracting(op -> op.properties().targetResource().resourceType())
                .containsExactlyInAnyOrder("Microsoft.Resources/resourceGroups", "Microsoft.Resources/deployments");
        assertThat(deployments.list().stream().map(DeploymentExtendedInner::name)).contains("main-two");
        assertThat(JSON.valueToTree(deployments.exportTemplateAtSubscriptionScope("main-two").template())
                .path("$schema").asText()).contains("subscriptionDeploymentTemplate");
        assertThat(deployments.validateAtSubscriptionScope("main-check", request("swedencentral", "rg-sub-check"))
                .properties().provisioningState()).isEqualTo(ProvisioningState.SUCCEEDED);
        DeploymentWhatIf whatIf = new DeploymentWhatIf().withLocation("swedencentral").withProperties(
                (DeploymentWhatIfProperties) new DeploymentWhatIfProperties().withMode(DeploymentMode.INCREMENTAL)
                        .withTemplate(template()).withParameters(Map.of("groupName", new DeploymentParameter().withValue("rg-sub-later"))));
        assertThat(deployments.whatIfAtSubscriptionScope("main-later", whatIf).changes())
                .extracting(change -> change.resourceId())
                .contains("/subscriptions/" + subscriptionId + "/resourceGroups/rg-sub-later");
    }

    @Test
    void aSubscriptionDeploymentWithoutALocationIsRefusedAsInvalidDeployment() {
        assertThatThrownBy(() -> deployments.createOrUpdateAtSubscriptionScope("main-nowhere", request(null, "rg-x")))
                .isInstanceOfSatisfying(ManagementException.class, e -> {
                    assertThat(e.getResponse().getStatusCode()).isEqualTo(400);
                    assertThat(e.getValue().getCode()).isEqualTo("InvalidDeployment");
                    assertThat(e.getValue().getMessage()).contains("'location' property must be specified");
                });
    }

    @Test
    void resourceGroupFunctionInASubscriptionTemplateIsAnInvalidTemplate() {
        DeploymentInner reading = new DeploymentInner().withLocation("swedencentral").withProperties(
                new DeploymentProperties().withMode(DeploymentMode.INCREMENTAL).withTemplate(parse("""
                        {"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
                         "contentVersion": "1.0.0.0", "resources": [],
                         "outputs": {"where": {"type": "string", "value": "[resourceGroup().location]"}}}""")));

        assertThatThrownBy(() -> deployments.createOrUpdateAtSubscriptionScope("main-wrong", reading))
                .isInstanceOfSatisfying(ManagementException.class, e -> {
                    assertThat(e.getValue().getCode()).isEqualTo("InvalidTemplate");
                    assertThat(e.getValue().getMessage()).contains("'RESOURCEGROUP' is not expected at this location");
                });
    }

    @Test
    void cancelOfAFinishedSubscriptionDeploymentIsAConflictAndDeleteRemovesIt() {
        deployments.createOrUpdateAtSubscriptionScope("main-done", request("swedencentral", "rg-sub-done"));

        assertThatThrownBy(() -> deployments.cancelAtSubscriptionScope("main-done"))
                .isInstanceOfSatisfying(ManagementException.class,
                        e -> assertThat(e.getValue().getCode()).isEqualTo("DeploymentCannotBeCancelled"));
        deployments.deleteAtSubscriptionScope("main-done");
        assertThat(deployments.checkExistenceAtSubscriptionScope("main-done")).isFalse();
        assertThat(arm.resourceGroups().contain("rg-sub-done")).isTrue(); // deleting a deployment keeps what it made
    }

    private DeploymentInner request(String location, String group) {
        return new DeploymentInner().withLocation(location).withProperties(new DeploymentProperties()
                .withMode(DeploymentMode.INCREMENTAL).withTemplate(template())
                .withParameters(Map.of("groupName", new DeploymentParameter().withValue(group))));
    }

    private static Object template() {
        try (InputStream in = SubscriptionDeploymentTest.class.getResourceAsStream("/corpus/subscription-module/template.json")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
