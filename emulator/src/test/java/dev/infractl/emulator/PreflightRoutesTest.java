package dev.infractl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The routes a preflight asks, configured from the faults file, over real HTTPS. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreflightRoutesTest {

    private static final String SUB = "/subscriptions/" + Subscription.LOCAL.subscriptionId();

    Emulator emulator;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        Path faults = Files.writeString(folder.resolve("faults.json"), """
                {"quotas": {"SubscriptionNCA100Gpus": 6, "westus3": {"SubscriptionNCA100Gpus": 0}},
                 "takenStorageNames": ["takenaccount"],
                 "allowedActions": ["*/read"],
                 "unregisteredProviders": ["Microsoft.App"]}""");
        emulator = Emulator.start(EmulatorSettings.defaults(folder.resolve("state")).withFaults(faults));
        Raw.put(emulator, SUB + "/resourcegroups/rg?api-version=2021-04-01", "{\"location\": \"eastus\"}");
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private JsonNode get(String path) {
        return Json.parse(Raw.get(emulator, path).body());
    }

    private long limit(String region) {
        for (JsonNode usage : get(SUB + "/providers/Microsoft.App/locations/" + region + "/usages?api-version=2024-03-01")
                .path("value")) {
            if (usage.path("name").path("value").asText().equals("SubscriptionNCA100Gpus")) {
                return usage.path("limit").asLong();
            }
        }
        throw new AssertionError("no SubscriptionNCA100Gpus usage in " + region);
    }

    @Test
    void aRegionsOwnQuotaBeatsTheFlatOne() {
        assertThat(limit("westus3")).isZero();
        assertThat(limit("eastus")).isEqualTo(6);
        assertThat(limit("westeurope")).isEqualTo(6);
    }

    @Test
    void checkNameAvailabilityKnowsNamesTakenElsewhereAndInvalidOnes() {
        String path = SUB + "/providers/Microsoft.Storage/checkNameAvailability?api-version=2023-05-01";
        JsonNode taken = Json.parse(Raw.post(emulator, path,
                "{\"name\": \"takenaccount\", \"type\": \"Microsoft.Storage/storageAccounts\"}").body());
        JsonNode free = Json.parse(Raw.post(emulator, path,
                "{\"name\": \"freeaccount\", \"type\": \"Microsoft.Storage/storageAccounts\"}").body());
        JsonNode invalid = Json.parse(Raw.post(emulator, path,
                "{\"name\": \"Bad_Name\", \"type\": \"Microsoft.Storage/storageAccounts\"}").body());

        assertThat(taken.path("nameAvailable").asBoolean()).isFalse();
        assertThat(taken.path("reason").asText()).isEqualTo("AlreadyExists");
        assertThat(free.path("nameAvailable").asBoolean()).isTrue();
        assertThat(invalid.path("reason").asText()).isEqualTo("AccountNameInvalid");
    }

    @Test
    void permissionsOnAGroupAreTheConfiguredActionsAndAMissingGroupIs404() {
        JsonNode permissions = get(SUB + "/resourceGroups/rg/providers/Microsoft.Authorization/permissions?api-version=2022-04-01");

        assertThat(permissions.path("value").get(0).path("actions").get(0).asText()).isEqualTo("*/read");
        assertThat(Raw.get(emulator, SUB + "/resourceGroups/nope/providers/Microsoft.Authorization/permissions"
                + "?api-version=2022-04-01").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnregisteredProviderIsRegisteredByTheRegisterCall() {
        String app = SUB + "/providers/Microsoft.App?api-version=2021-04-01";
        assertThat(get(app).path("registrationState").asText()).isEqualTo("NotRegistered");

        Raw.post(emulator, SUB + "/providers/Microsoft.App/register?api-version=2021-04-01", "");

        assertThat(get(app).path("registrationState").asText()).isEqualTo("Registered");
        assertThat(get(SUB + "/providers/Microsoft.Storage?api-version=2021-04-01").path("registrationState").asText())
                .isEqualTo("Registered");
    }

    @Test
    void pricesArePagedInTheRetailPricesShapeWithoutAToken() throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String next = emulator.armEndpoint().resolve("/api/retail/prices").toString();
        int pages = 0;
        while (next != null) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(next)).header("Authorization", "none");
            JsonNode page = Json.parse(Raw.send(emulator, request).body());
            page.path("Items").forEach(items::add);
            next = page.path("NextPageLink").isTextual() ? page.path("NextPageLink").asText() : null;
            pages++;
        }

        assertThat(pages).isGreaterThan(1);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.path("serviceName").asText()).isEqualTo("Azure Container Apps");
            assertThat(item.path("retailPrice").isNumber()).isTrue();
        });
        assertThat(items).extracting(item -> item.path("meterName").asText()).contains("NC24-A100 Dedicated Usage");
    }
}
