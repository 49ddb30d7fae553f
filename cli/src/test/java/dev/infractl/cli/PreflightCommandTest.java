package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.config.JsonFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preflight of plan and provision through the real SDK against the emulator over HTTPS. */
class PreflightCommandTest {

    private static final String NO_QUOTA_IN_WESTUS3 = """
            {"quotas": {"SubscriptionNCA100Gpus": 4, "westus3": {"SubscriptionNCA100Gpus": 0}}}""";

    @TempDir
    Path folder;

    @Test
    void withNoGpuQuotaInTheRegionProvisionCreatesNothingAndSaysTheNumbersAndWhereItWouldWork() throws Exception {
        LocalProject project = new LocalProject(folder);
        project.write("faults.json", NO_QUOTA_IN_WESTUS3);

        int code = project.run("provision", "--local", "--yes", "--location", "westus3",
                "--emulator-faults", folder.resolve("faults.json").toString());

        assertThat(code).as(project.err).isEqualTo(1);
        assertThat(project.err).contains("SubscriptionNCA100Gpus in westus3: limit 0, in use 0, needed 2")
                .contains("regions where it would work").contains("swedencentral").contains("nothing was created");
        JsonNode state = JsonFiles.read(project.root.resolve(".infractl/local/state.json"));
        assertThat(state.path("resourceGroups").size()).as("no resource group created").isZero();
        assertThat(state.path("resources").size()).isZero();
    }

    @Test
    void withNoGpuQuotaInTheRegionPlanSaysTheSameAndExitsOne() throws Exception {
        LocalProject project = new LocalProject(folder);
        project.write("faults.json", NO_QUOTA_IN_WESTUS3);

        int code = project.run("plan", "--local", "--location", "westus3", "--output", "json",
                "--emulator-faults", folder.resolve("faults.json").toString());

        assertThat(code).as(project.err).isEqualTo(1);
        JsonNode plan = JsonFiles.MAPPER.readTree(project.out);
        JsonNode quota = check(plan, "gpu-quota");
        assertThat(quota.get("ok").asBoolean()).isFalse();
        assertThat(quota.get("message").asText()).contains("limit 0, in use 0, needed 2");
        assertThat(quota.get("fix").asText()).contains("it fits in ").contains("swedencentral");
        assertThat(plan.get("suggestions").findValuesAsText("region")).contains("swedencentral", "eastus")
                .doesNotContain("westus3", "westeurope");
        assertThat(plan.get("ok").asBoolean()).isFalse();
    }

    @Test
    void planForANewGroupListsEveryResourceWithItsResolvedNameTheChecksAndAnUnknownCost() throws Exception {
        LocalProject project = new LocalProject(folder);

        int text = project.run("plan", "--local");

        assertThat(text).as(project.err).isZero();
        assertThat(project.out).contains("would be created in swedencentral").containsPattern("storage account +aistorage")
                .contains("container app").contains("create").contains("Cost: unknown").contains("gpu-quota");
        assertThat(project.run("plan", "--local", "--output", "json")).as(project.err).isZero();
        JsonNode plan = JsonFiles.MAPPER.readTree(project.out);
        assertThat(plan.get("resources")).hasSize(8).allSatisfy(resource -> {
            assertThat(resource.get("action").asText()).isEqualTo("create");
            assertThat(resource.get("name").asText()).doesNotContain("[");
            assertThat(resource.has("type") && resource.has("source")).isTrue();
        });
        assertThat(plan.get("checks")).allSatisfy(check -> assertThat(check.get("ok").asBoolean()).isTrue())
                .extracting(check -> check.get("name").asText()).contains("region", "gpu-quota", "storage-name",
                        "provider Microsoft.App", "rights");
        JsonNode cost = plan.get("cost");
        assertThat(cost.get("hourly_max").isNull()).isTrue();
        assertThat(cost.get("currency").asText()).isEqualTo("USD");
        assertThat(cost.has("hourly_min") && cost.has("price_date")).isTrue();
    }

    @Test
    void afterPricesRefreshThePlanCostsTheGpuTimesItsInstancesPlusTheManagementFee() throws Exception {
        LocalProject project = new LocalProject(folder);

        assertThat(project.run("prices", "--local", "--refresh")).as(project.err).isZero();
        assertThat(Files.exists(project.root.resolve(".infractl/local/prices.json"))).isTrue();
        assertThat(project.out).contains("NC24-A100 Dedicated Usage");

        assertThat(project.run("plan", "--local", "--output", "json")).as(project.err).isZero();
        JsonNode cost = JsonFiles.MAPPER.readTree(project.out).get("cost");
        assertThat(cost.get("hourly_max").asDouble()).isEqualTo(0.1 + 4.0 * 2);
        assertThat(cost.get("hourly_min").asDouble()).isEqualTo(0.1);
        assertThat(cost.get("region").asText()).isEqualTo("swedencentral");
    }

    @Test
    void aStorageNameTakenElsewhereAndAnUnregisteredProviderAreReportedTogether() throws Exception {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("plan", "--local", "--output", "json")).as(project.err).isZero();
        String account = storageAccount(JsonFiles.MAPPER.readTree(project.out));
        project.write("faults.json", "{\"takenStorageNames\": [\"" + account + "\"], "
                + "\"unregisteredProviders\": [\"Microsoft.App\"]}");
        String faults = folder.resolve("faults.json").toString();

        int code = project.run("provision", "--local", "--yes", "--emulator-faults", faults);

        assertThat(code).as(project.err).isEqualTo(1);
        assertThat(project.err).contains("storage account name " + account + " cannot be used")
                .contains("Microsoft.App is NotRegistered").contains("--register-providers");
    }

    @Test
    void registerProvidersRegistersWhatIsMissingAndProvisionGoesOn() {
        LocalProject project = new LocalProject(folder);
        project.write("faults.json", "{\"unregisteredProviders\": [\"Microsoft.App\"]}");

        int code = project.run("provision", "--local", "--yes", "--register-providers",
                "--emulator-faults", folder.resolve("faults.json").toString());

        assertThat(code).as(project.err).isZero();
        assertThat(project.err).contains("Preflight: ").contains("checks passed");
    }

    @Test
    void onAnExistingGroupMissingRightsFailThePlanAndOurOwnStorageAccountIsNotTaken() throws Exception {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();
        project.write("faults.json", "{\"allowedActions\": [\"*/read\", \"Microsoft.Resources/deployments/*\"]}");

        int code = project.run("plan", "--local", "--output", "json", "--emulator-faults",
                folder.resolve("faults.json").toString());

        assertThat(code).as(project.err).isEqualTo(1);
        JsonNode plan = JsonFiles.MAPPER.readTree(project.out);
        assertThat(check(plan, "rights").get("message").asText()).contains("Microsoft.Storage/storageAccounts/listKeys/action")
                .doesNotContain("Microsoft.Resources/deployments/write");
        assertThat(check(plan, "storage-name").get("ok").asBoolean()).isTrue();
        assertThat(check(plan, "gpu-quota").get("message").asText()).contains("minus 2 the reused environment already holds");
        assertThat(plan.get("resources")).hasSize(7).allSatisfy(resource ->
                assertThat(resource.get("action").asText()).isIn("reuse", "update"));
    }

    @Test
    void skipPreflightGoesStraightToAzure() {
        LocalProject project = new LocalProject(folder);
        project.write("faults.json", NO_QUOTA_IN_WESTUS3);

        int code = project.run("provision", "--local", "--yes", "--location", "westus3", "--skip-preflight",
                "--emulator-faults", folder.resolve("faults.json").toString());

        assertThat(code).as("Azure refuses the environment instead").isEqualTo(1);
        assertThat(project.err).doesNotContain("preflight found").contains("MaxRegionalQuotaExceeded");
    }

    private static JsonNode check(JsonNode plan, String name) {
        for (JsonNode check : plan.get("checks")) {
            if (check.get("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + plan.get("checks"));
    }

    private static String storageAccount(JsonNode plan) {
        for (JsonNode resource : plan.get("resources")) {
            if (resource.get("type").asText().equals("Microsoft.Storage/storageAccounts")) {
                return resource.get("name").asText();
            }
        }
        throw new AssertionError("no storage account in " + plan.get("resources"));
    }
}
