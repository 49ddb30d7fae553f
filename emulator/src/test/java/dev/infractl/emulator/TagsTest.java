package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.rest.PagedIterable;
import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.TagOperationsClient;
import com.azure.resourcemanager.resources.fluent.models.TagDetailsInner;
import com.azure.resourcemanager.resources.fluent.models.TagsResourceInner;
import com.azure.resourcemanager.resources.models.GenericResource;
import com.azure.resourcemanager.resources.models.ResourceGroup;
import com.azure.resourcemanager.resources.models.Tags;
import com.azure.resourcemanager.resources.models.TagsPatchOperation;
import com.azure.resourcemanager.resources.models.TagsPatchResource;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Tags API on a subscription, a group and a resource, through the Java SDK (issue 14 item 7). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TagsTest {

    static final String SUB = "/subscriptions/" + Subscription.LOCAL.subscriptionId();
    static final String API = "?api-version=2022-09-01";

    @RegisterExtension
    static final EmulatedArm AZURE = EmulatedArm.started();

    Emulator emulator;
    ResourceManager arm;
    TagOperationsClient tags;

    @BeforeAll
    void clients() {
        emulator = AZURE.emulator();
        arm = AZURE.arm();
        tags = arm.serviceClient().getTagOperations();
    }

    @Test
    void tagsPutOnAResourceShowOnItsGetAndInATagFilteredList() {
        String account = account("rg-tags-put", "tagsput");

        arm.tagOperations().updateTags(account, Map.of("cost", "gpu"));

        GenericResource read = arm.genericResources().getById(account, "2023-05-01");
        assertThat(read.tags()).containsExactly(Map.entry("cost", "gpu"));
        PagedIterable<GenericResource> tagged = arm.genericResources().listByTag("rg-tags-put", "cost", "gpu");
        assertThat(tagged.stream().map(GenericResource::name)).containsExactly("tagsput");
    }

    @Test
    void aMergeAddsAReplaceSwapsAndADeleteRemovesOnlyTheNamedTagsOfAGroup() {
        group("rg-tags-patch");
        String scope = SUB + "/resourceGroups/rg-tags-patch";

        tags.createOrUpdateAtScope(scope, new TagsResourceInner().withProperties(new Tags().withTags(Map.of("a", "1"))));
        TagsResourceInner merged = tags.updateAtScope(scope, patch(TagsPatchOperation.MERGE, Map.of("b", "2")));
        TagsResourceInner deleted = tags.updateAtScope(scope, patch(TagsPatchOperation.DELETE, Map.of("a", "1")));
        TagsResourceInner replaced = tags.updateAtScope(scope, patch(TagsPatchOperation.REPLACE, Map.of("c", "3")));

        assertThat(merged.properties().tags()).containsOnly(Map.entry("a", "1"), Map.entry("b", "2"));
        assertThat(deleted.properties().tags()).containsOnly(Map.entry("b", "2"));
        assertThat(replaced.properties().tags()).containsOnly(Map.entry("c", "3"));
        assertThat(replaced.id()).isEqualTo(scope + "/providers/Microsoft.Resources/tags/default");
        assertThat(arm.resourceGroups().getByName("rg-tags-patch").tags()).containsOnly(Map.entry("c", "3"));
    }

    @Test
    void aDeleteNamingAValueTheTagDoesNotHaveKeepsIt() {
        group("rg-tags-keep");
        String scope = SUB + "/resourceGroups/rg-tags-keep";
        tags.createOrUpdateAtScope(scope, new TagsResourceInner().withProperties(new Tags().withTags(Map.of("env", "prod"))));

        TagsResourceInner kept = tags.updateAtScope(scope, patch(TagsPatchOperation.DELETE, Map.of("env", "dev")));

        assertThat(kept.properties().tags()).containsOnly(Map.entry("env", "prod"));
    }

    @Test
    void theSubscriptionsTagsAreReadBackThenDeleted() {
        tags.createOrUpdateAtScope(SUB, new TagsResourceInner().withProperties(new Tags().withTags(Map.of("owner", "ml"))));

        assertThat(tags.getAtScope(SUB).properties().tags()).containsOnly(Map.entry("owner", "ml"));
        tags.deleteAtScope(SUB);
        assertThat(tags.getAtScope(SUB).properties().tags()).isEmpty();
    }

    @Test
    void aTagNameWithAReservedCharacterIsRefusedAndTheTagsStay() {
        String account = account("rg-tags-bad", "tagsbad");
        arm.tagOperations().updateTags(account, Map.of("team", "red"));

        assertThatThrownBy(() -> arm.tagOperations().updateTags(account, Map.of("cost/center", "1")))
                .isInstanceOfSatisfying(ManagementException.class, e -> {
                    assertThat(e.getResponse().getStatusCode()).isEqualTo(400);
                    assertThat(e.getValue().getCode()).isEqualTo("InvalidTagNameCharacters");
                });
        assertThat(tags.getAtScope(account).properties().tags()).containsOnly(Map.entry("team", "red"));
    }

    @Test
    void tagsOnAMissingResourceAre404ResourceNotFound() {
        group("rg-tags-none");
        String missing = SUB + "/resourceGroups/rg-tags-none/providers/Microsoft.Storage/storageAccounts/nosuch";

        assertThatThrownBy(() -> tags.getAtScope(missing)).isInstanceOfSatisfying(ManagementException.class,
                e -> assertThat(e.getValue().getCode()).isEqualTo("ResourceNotFound"));
    }

    @Test
    void groupsListFilteredByATagNameAndValueKeepOnlyTheGroupsCarryingThem() {
        arm.resourceGroups().define("rg-tags-prod").withRegion("swedencentral").withTag("stage", "prod").create();
        arm.resourceGroups().define("rg-tags-test").withRegion("swedencentral").withTag("stage", "test").create();

        assertThat(arm.resourceGroups().listByTag("stage", "prod").stream().map(ResourceGroup::name))
                .containsExactly("rg-tags-prod");
        assertThat(arm.resourceGroups().listByTag("stage", null).stream().map(ResourceGroup::name))
                .containsExactlyInAnyOrder("rg-tags-prod", "rg-tags-test");
    }

    @Test
    void aGroupsListFilterOtherThanATagIs400InvalidFilterInQueryString() {
        var refused = Raw.get(emulator, SUB + "/resourcegroups" + API + "&$filter=name%20eq%20'rg'");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("InvalidFilterInQueryString");
    }

    @Test
    void theTagNamesListCountsEveryUseAndKeepsPredefinedNamesAndValues() {
        String account = account("rg-tags-names", "tagsnames");
        arm.tagOperations().updateTags(account, Map.of("project", "phi3"));
        tags.createOrUpdateAtScope(SUB + "/resourceGroups/rg-tags-names",
                new TagsResourceInner().withProperties(new Tags().withTags(Map.of("project", "phi3"))));

        TagDetailsInner predefined = tags.createOrUpdate("costcenter");
        tags.createOrUpdateValue("costcenter", "4711");
        Map<String, TagDetailsInner> names = tags.list().stream()
                .collect(Collectors.toMap(TagDetailsInner::tagName, details -> details));

        assertThat(predefined.id()).isEqualTo(SUB + "/tagNames/costcenter");
        assertThat(names.get("project").count().value()).isEqualTo(2);
        assertThat(names.get("project").values()).singleElement()
                .satisfies(value -> assertThat(value.tagValue()).isEqualTo("phi3"));
        assertThat(names.get("costcenter").count().value()).isZero();
        assertThat(names.get("costcenter").values()).singleElement()
                .satisfies(value -> assertThat(value.tagValue()).isEqualTo("4711"));
        tags.deleteValue("costcenter", "4711");
        tags.delete("costcenter");
        assertThat(tags.list().stream().map(TagDetailsInner::tagName)).doesNotContain("costcenter");
    }

    private static TagsPatchResource patch(TagsPatchOperation operation, Map<String, String> given) {
        return new TagsPatchResource().withOperation(operation).withProperties(new Tags().withTags(given));
    }

    @Test
    void aTemplatesTagsResourceTagsItsGroupAndTheResourceItsScopeNames() {
        String template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                   {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-05-01", "name": "tagsdeclared",
                    "location": "[resourceGroup().location]", "sku": {"name": "Standard_LRS"}, "kind": "StorageV2"},
                   {"type": "Microsoft.Resources/tags", "apiVersion": "2022-09-01", "name": "default",
                    "properties": {"tags": {"env": "prod"}}},
                   {"type": "Microsoft.Resources/tags", "apiVersion": "2022-09-01", "name": "default",
                    "scope": "Microsoft.Storage/storageAccounts/tagsdeclared",
                    "properties": {"tags": {"cost": "gpu"}},
                    "dependsOn": ["[resourceId('Microsoft.Storage/storageAccounts', 'tagsdeclared')]"]}]}
                """;

        AZURE.deploy("rg-tags-declared", "tagged", template);

        assertThat(arm.resourceGroups().getByName("rg-tags-declared").tags()).containsExactly(Map.entry("env", "prod"));
        String account = AZURE.groupId("rg-tags-declared") + "/providers/Microsoft.Storage/storageAccounts/tagsdeclared";
        assertThat(arm.genericResources().getById(account, "2023-05-01").tags())
                .containsExactly(Map.entry("cost", "gpu"));
        assertThat(tags.getAtScope(account).properties().tags()).containsExactly(Map.entry("cost", "gpu"));
    }

    private void group(String name) {
        Raw.group(emulator, name);
    }

    private String account(String group, String name) {
        return Raw.storageAccount(emulator, group, name);
    }
}
