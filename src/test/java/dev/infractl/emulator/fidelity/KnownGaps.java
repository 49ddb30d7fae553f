package dev.infractl.emulator.fidelity;

import java.util.Set;

/**
 * What the emulator does not yet do as Azure does (issue 14; item numbers below are the issue's), by case id and
 * corpus template name. The JUnit tests require every other case and template to pass and every one listed here to
 * fail: when a fix lands, the test names the entries to delete from this file.
 */
final class KnownGaps {

    private KnownGaps() {
    }

    static final Set<String> CASES = Set.of(
            // 1: deployments at other scopes
            "deployments/a subscription-scope deployment makes a resource group",
            // 2, 3: Complete mode, what-if deltas
            "what-if/a changed tag is Modify with the leaf path tags.env in delta",
            "what-if/Complete mode shows Delete for a resource the template leaves out",
            "what-if/Complete mode deletes what the template no longer declares",
            // 4: checks Azure makes on PUT (names, regions, namespaces, types, api-versions, global names)
            "groups/a name with an invalid character is 400 InvalidResourceGroup",
            "groups/an unknown region is 400 LocationNotAvailableForResourceGroup",
            "deployments/an invalid storage account name fails preflight: InvalidTemplateDeployment",
            "resources/an unknown namespace is 400 InvalidResourceNamespace",
            "resources/an unknown type is 400 InvalidResourceType",
            "resources/an unknown api-version is 400 NoRegisteredProviderFound",
            "resources/an unknown region is 400 LocationNotAvailableForResourceType",
            "storage/the same name in a second group is 409 StorageAccountAlreadyTaken",
            "storage/an invalid name is 400 AccountNameInvalid",
            // 6: listing (subscription-level lists, filters, child names, data-plane shares in ARM)
            "groups/list filters by tag",
            "resources/list in the subscription includes the account",
            "resources/list filters by resourceType",
            "resources/list filters by tag",
            "resources/a child resource's name is its last segment",
            "storage/list in the subscription includes the account",
            "storage/the default file service reads",
            "storage/a share made on the data plane is visible to ARM",
            "container-apps/list in the subscription and in the group includes the app",
            "subscription/locations have name and displayName",
            // 7: actions and APIs beyond listKeys
            "storage/regenerateKey changes key1 only",
            "resources/tags are set through the Tags API on any scope",
            "groups/export template answers the group's resources",
            // 10: Azure Files
            "files/metadata comes back with the names as set",
            "files/Copy File copies within the account",
            "files/a file SAS reads the file without the key");

    static final Set<String> CORPUS = Set.of(
            // 7: computed properties and list* actions
            "app-insights", "identities", "key-vault", "list-functions", "public-ip", "vnet-subnets", "web-app",
            // 7, 8: a role assignment (extension resource) reading an identity's principalId
            "role-assignment");
}
