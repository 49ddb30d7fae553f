package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.file.share.ShareServiceClientBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.azure.files.PathStyleRouting;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Resource lists as Azure answers them, through raw HTTPS shaped like the az CLI's calls (issue 14 item 6). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingTest {

    static final String SUB = "/subscriptions/" + Subscription.LOCAL.subscriptionId();
    static final String API = "?api-version=2021-04-01";
    static final String STORAGE_API = "?api-version=2023-05-01";

    Emulator emulator;

    @BeforeAll
    void start(@TempDir Path state) {
        emulator = Emulator.start(EmulatorSettings.defaults(state).withSpeed(50));
        for (String group : List.of("rg-list-a", "rg-list-b")) {
            Raw.put(emulator, SUB + "/resourcegroups/" + group + API, "{\"location\": \"swedencentral\"}");
        }
        account("rg-list-a", "listeda", "{\"team\": \"red\", \"env\": \"dev\"}");
        account("rg-list-b", "listedb", "{\"team\": \"blue\"}");
        Raw.put(emulator, SUB + "/resourceGroups/rg-list-a/providers/Microsoft.OperationalInsights/workspaces/logs"
                + "?api-version=2023-09-01", "{\"location\": \"swedencentral\", \"tags\": {\"team\": \"red\"}}");
        Raw.put(emulator, SUB + "/resourceGroups/rg-list-a/providers/Microsoft.Storage/storageAccounts/listeda"
                + "/fileServices/default/shares/armshare" + STORAGE_API, "{\"properties\": {\"shareQuota\": 100}}");
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void theSubscriptionsResourcesSpanEveryGroup() {
        assertThat(names(SUB + "/resources" + API)).contains("listeda", "listedb", "logs");
    }

    @Test
    void aResourceTypeFilterKeepsOnlyThatType() {
        assertThat(names(SUB + "/resources" + API + filter("resourceType eq 'Microsoft.Storage/storageAccounts'")))
                .containsExactlyInAnyOrder("listeda", "listedb");
    }

    @Test
    void aTagNameFilterKeepsTheResourcesCarryingThatTag() {
        assertThat(names(SUB + "/resources" + API + filter("tagName eq 'env'"))).containsExactly("listeda");
    }

    @Test
    void aTagNameAndValueFilterKeepsTheResourcesWithThatValue() {
        assertThat(names(SUB + "/resources" + API + filter("tagName eq 'team' and tagValue eq 'red'")))
                .containsExactlyInAnyOrder("listeda", "logs");
    }

    @Test
    void aGroupsResourcesTakeTheSameFilters() {
        assertThat(names(SUB + "/resourcegroups/rg-list-a/resources" + API + filter("tagName eq 'team' and tagValue eq 'red'")))
                .containsExactlyInAnyOrder("listeda", "logs");
        assertThat(names(SUB + "/resourcegroups/rg-list-b/resources" + API + filter("tagName eq 'team' and tagValue eq 'red'")))
                .isEmpty();
    }

    @Test
    void aTagFilterWithAnotherClauseIsInvalidFilterInQueryString() {
        HttpResponse<String> refused = Raw.get(emulator, SUB + "/resources" + API
                + filter("resourceType eq 'Microsoft.Storage/storageAccounts' and tagName eq 'team'"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Json.parse(refused.body()).path("error").path("code").asText()).isEqualTo("InvalidFilterInQueryString");
    }

    @Test
    void theSubscriptionsStorageAccountsAreListedWithTheirProperties() {
        String accounts = SUB + "/providers/Microsoft.Storage/storageAccounts" + STORAGE_API;

        assertThat(names(accounts)).containsExactlyInAnyOrder("listeda", "listedb");
        assertThat(Json.parse(Raw.get(emulator, accounts).body()).path("value").path(0).path("properties").path("primaryEndpoints").path("file").asText()).isNotEmpty();
    }

    @Test
    void aChildResourcesNameIsItsLastSegmentAndItsFullNameInTheGenericList() {
        String share = SUB + "/resourceGroups/rg-list-a/providers/Microsoft.Storage/storageAccounts/listeda"
                + "/fileServices/default/shares/armshare";

        assertThat(Json.parse(Raw.get(emulator, share + STORAGE_API).body()).path("name").asText()).isEqualTo("armshare");
        assertThat(names(SUB + "/resourcegroups/rg-list-a/resources" + API)).contains("listeda/default/armshare");
    }

    @Test
    void aShareMadeOnTheFilesDataPlaneIsAResourceManagerShareToo() {
        String key = Json.parse(Raw.post(emulator, SUB + "/resourceGroups/rg-list-a/providers/Microsoft.Storage"
                + "/storageAccounts/listeda/listKeys" + STORAGE_API, "").body()).path("keys").path(0).path("value").asText();
        URI endpoint = emulator.filesEndpoint().resolve("/listeda/");
        new ShareServiceClientBuilder().endpoint(endpoint.toString())
                .credential(new StorageSharedKeyCredential("listeda", key))
                .httpClient(new SdkClients(emulator).httpClient()).addPolicy(new PathStyleRouting(endpoint))
                .buildClient().getShareClient("dataplaneshare").create();

        String shares = SUB + "/resourceGroups/rg-list-a/providers/Microsoft.Storage/storageAccounts/listeda"
                + "/fileServices/default/shares";
        assertThat(names(shares + STORAGE_API)).contains("armshare", "dataplaneshare");
        JsonNode one = Json.parse(Raw.get(emulator, shares + "/dataplaneshare" + STORAGE_API).body());
        assertThat(one.path("type").asText()).isEqualTo("Microsoft.Storage/storageAccounts/fileServices/shares");
        assertThat(one.path("properties").path("shareQuota").asInt()).isEqualTo(5120);
    }

    private List<String> names(String pathAndQuery) {
        HttpResponse<String> response = Raw.get(emulator, pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        Json.parse(response.body()).path("value").forEach(resource -> names.add(resource.path("name").asText()));
        return names;
    }

    private static String filter(String expression) {
        return "&$filter=" + URLEncoder.encode(expression, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void account(String group, String name, String tags) {
        HttpResponse<String> created = Raw.put(emulator, SUB + "/resourceGroups/" + group
                + "/providers/Microsoft.Storage/storageAccounts/" + name + STORAGE_API, "{\"location\": \"swedencentral\","
                + " \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_LRS\"}, \"tags\": " + tags + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    }
}
