package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A storage account's {@code fileServices/default}, shaped as the Storage REST specification's examples (issue 14). */
class FileServicesTest {

    static final String SUB = "/subscriptions/" + Subscription.LOCAL.subscriptionId();
    static final String ACCOUNT = SUB + "/resourceGroups/rg-fs/providers/Microsoft.Storage/storageAccounts/fsaccount";
    static final String API = "?api-version=2023-05-01";

    @TempDir
    Path state;
    Emulator emulator;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorSettings.defaults(state));
        Raw.storageAccount(emulator, "rg-fs", "fsaccount");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aNewAccountsDefaultFileServiceReadsWithTheSettingsANewAccountHas() {
        JsonNode service = ok(Raw.get(emulator, ACCOUNT + "/fileServices/default" + API));

        assertThat(service.path("id").asText()).isEqualTo(ACCOUNT + "/fileServices/default");
        assertThat(service.path("name").asText()).isEqualTo("default");
        assertThat(service.path("type").asText()).isEqualTo("Microsoft.Storage/storageAccounts/fileServices");
        assertThat(service.path("sku").path("name").asText()).isEqualTo("Standard_LRS");
        assertThat(service.path("sku").path("tier").asText()).isEqualTo("Standard");
        assertThat(service.path("properties").path("shareDeleteRetentionPolicy").path("days").asInt()).isEqualTo(7);
        assertThat(service.path("properties").path("cors").path("corsRules").isArray()).isTrue();
    }

    @Test
    void aPutSetsTheSettingsItNamesKeepsTheOthersAndAnswers200() {
        HttpResponse<String> put = Raw.put(emulator, ACCOUNT + "/fileServices/default" + API, "{\"properties\": {"
                + "\"shareDeleteRetentionPolicy\": {\"enabled\": true, \"days\": 30},"
                + " \"protocolSettings\": {\"smb\": {\"multichannel\": {\"enabled\": true}}}}}");

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode read = ok(Raw.get(emulator, ACCOUNT + "/fileServices/default" + API)).path("properties");
        assertThat(read.path("shareDeleteRetentionPolicy").path("days").asInt()).isEqualTo(30);
        assertThat(read.path("protocolSettings").path("smb").path("multichannel").path("enabled").asBoolean()).isTrue();
        assertThat(read.path("cors").path("corsRules").isArray()).as("CORS left out of the PUT stays").isTrue();
    }

    @Test
    void theFileServicesListHoldsTheDefaultService() {
        JsonNode list = ok(Raw.get(emulator, ACCOUNT + "/fileServices" + API));

        assertThat(list.path("value")).hasSize(1);
        assertThat(list.path("value").path(0).path("name").asText()).isEqualTo("default");
    }

    @Test
    void theFileServiceOfAMissingAccountIs404() {
        HttpResponse<String> missing = Raw.get(emulator, SUB + "/resourceGroups/rg-fs/providers/Microsoft.Storage"
                + "/storageAccounts/nosuch/fileServices/default" + API);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("ResourceNotFound");
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }
}
