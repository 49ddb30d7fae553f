package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.resources.models.Deployment;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.DeploymentOperation;
import com.azure.resourcemanager.resources.models.ProvisioningOperation;
import com.azure.resourcemanager.resources.models.ResourceReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Complete mode through the Azure SDK (issue 14 item 2): what the template leaves out of the group is deleted. */
class CompleteModeTest {

    static final String WORKSPACE = "Microsoft.OperationalInsights/workspaces";
    static final String SHARE = "Microsoft.Storage/storageAccounts/fileServices/shares";

    @RegisterExtension
    static final EmulatedArm AZURE = EmulatedArm.withFaults("""
                {"resources": [{"type": "Microsoft.OperationalInsights/workspaces", "name": "logbroken",
                                "error": {"code": "InternalServerError", "message": "injected"}}]}
                """);

    @Test
    void aCompleteDeploymentDeletesWhatTheTemplateNoLongerDeclaresEachDeletionAnOperation() {
        List<String> made = ids(deploy("rg-complete", "first", "storage-and-workspace.json", "{}", DeploymentMode.INCREMENTAL));

        Deployment second = deploy("rg-complete", "second", "workspace-only.json", "{}", DeploymentMode.COMPLETE);

        assertThat(second.provisioningState()).isEqualTo("Succeeded");
        String account = only(made, "Microsoft.Storage/storageAccounts");
        assertThat(status(account)).isEqualTo(404);
        assertThat(status(only(made, SHARE))).as("a share goes with its account").isEqualTo(404);
        assertThat(status(only(made, WORKSPACE))).isEqualTo(200);
        List<DeploymentOperation> deletions = second.deploymentOperations().list().stream()
                .filter(operation -> operation.provisioningOperation() == ProvisioningOperation.DELETE).toList();
        assertThat(deletions).extracting(operation -> operation.targetResource().id()).containsExactly(account);
        assertThat(deletions).extracting(DeploymentOperation::provisioningState).containsOnly("Succeeded");
    }

    @Test
    void anIncrementalDeploymentOfTheSameTemplateDeletesNothing() {
        List<String> made = ids(deploy("rg-incr", "first", "storage-and-workspace.json", "{}", DeploymentMode.INCREMENTAL));

        Deployment second = deploy("rg-incr", "second", "workspace-only.json", "{}", DeploymentMode.INCREMENTAL);

        assertThat(made).hasSize(4).allSatisfy(id -> assertThat(status(id)).as(id).isEqualTo(200));
        assertThat(second.deploymentOperations().list().stream().map(DeploymentOperation::provisioningOperation))
                .doesNotContain(ProvisioningOperation.DELETE);
    }

    @Test
    void aResourceWhoseConditionIsFalseIsDeletedInCompleteMode() {
        List<String> made = ids(deploy("rg-cond", "first", "storage-and-workspace.json", "{}", DeploymentMode.INCREMENTAL));

        deploy("rg-cond", "second", "storage-and-workspace.json", "{\"withWorkspace\": {\"value\": false}}",
                DeploymentMode.COMPLETE);

        assertThat(status(only(made, WORKSPACE))).isEqualTo(404);
        assertThat(status(only(made, "Microsoft.Storage/storageAccounts"))).isEqualTo(200);
    }

    @Test
    void aChildResourceTheTemplateLeavesOutStaysWhileItsParentIsDeclared() {
        List<String> made = ids(deploy("rg-child", "first", "storage-and-workspace.json", "{}", DeploymentMode.INCREMENTAL));

        deploy("rg-child", "second", "storage-without-share.json", "{}", DeploymentMode.COMPLETE);

        assertThat(status(only(made, SHARE))).isEqualTo(200);
        assertThat(status(only(made, WORKSPACE))).isEqualTo(404);
    }

    @Test
    void whatANestedDeploymentOfTheTemplateMadeCountsAsDeclared() {
        // the record a module named "storage" leaves: its deployment, with the account among its outputResources
        List<String> made = ids(deploy("rg-module", "storage", "storage-without-share.json", "{}", DeploymentMode.INCREMENTAL));

        deploy("rg-module", "outer", "workspace-and-storage-module.json", "{}", DeploymentMode.COMPLETE);

        assertThat(status(only(made, "Microsoft.Storage/storageAccounts"))).isEqualTo(200);
    }

    @Test
    void aCompleteDeploymentThatFailsDeletesNothing() {
        List<String> made = ids(deploy("rg-failed", "first", "storage-and-workspace.json", "{}", DeploymentMode.INCREMENTAL));
        String broken = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [{"type": "Microsoft.OperationalInsights/workspaces", "apiVersion": "2022-10-01",
                                "name": "logbroken", "location": "swedencentral", "properties": {}}]}
                """;

        assertThatThrownBy(() -> AZURE.arm().deployments().define("second").withExistingResourceGroup("rg-failed")
                .withTemplate(broken).withParameters("{}").withMode(DeploymentMode.COMPLETE).create())
                .isInstanceOf(ManagementException.class);

        assertThat(made).allSatisfy(id -> assertThat(status(id)).as(id).isEqualTo(200));
    }

    Deployment deploy(String group, String name, String template, String parameters, DeploymentMode mode) {
        if (!AZURE.arm().resourceGroups().contain(group)) {
            AZURE.arm().resourceGroups().define(group).withRegion("swedencentral").create();
        }
        try {
            return AZURE.arm().deployments().define(name).withExistingResourceGroup(group).withTemplate(Templates.read(template))
                    .withParameters(parameters).withMode(mode).create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> ids(Deployment deployment) {
        return deployment.outputResources().stream().map(ResourceReference::id).toList();
    }

    static String only(List<String> ids, String type) {
        List<String> matching = ids.stream().filter(id -> ResourceId.parse(id).isType(type)).toList();
        assertThat(matching).as(type + " in " + ids).hasSize(1);
        return matching.get(0);
    }

    /** Read at a version the type is served at (ARM refuses others with NoRegisteredProviderFound). */
    int status(String id) {
        List<String> served = ResourceTypeCatalog.apiVersions(ResourceId.parse(id).type());
        return Raw.get(AZURE.emulator(), id + "?api-version=" + (served.isEmpty() ? "2023-01-01" : served.get(0)))
                .statusCode();
    }
}
