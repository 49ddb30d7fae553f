package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --local}: validation and what-if through the real SDK against the emulator. */
class PlanCommandTest {

    @TempDir
    Path folder;

    @Test
    void beforeTheFirstProvisionThePlanCreatesTheGroupAndExitsTenWithDetailedExitCode() {
        LocalProject project = new LocalProject(folder);

        int code = project.run("plan", "--local", "--detailed-exitcode");

        assertThat(code).as(project.err).isEqualTo(10);
        assertThat(project.out).contains("resource group rg-").contains("would be created in swedencentral");
    }

    @Test
    void afterProvisionTheWhatIfListsEveryResourceOfTheTemplate() throws Exception {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();

        int code = project.run("plan", "--local", "--output", "json");

        assertThat(code).as(project.err).isZero();
        JsonNode plan = JsonFiles.MAPPER.readTree(project.out);
        assertThat(plan.get("resourceGroupExists").asBoolean()).isTrue();
        assertThat(plan.get("changes")).hasSize(7);
        assertThat(plan.get("changes").findValuesAsText("resourceType")).contains("Microsoft.App/containerApps",
                "Microsoft.Storage/storageAccounts/fileServices/shares");
    }

    @Test
    void aChangedParameterShowsEachChangedPropertyUnderItsResource() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();

        int code = project.run("plan", "--local", "--param", "maximumInstanceCount=3", "--detailed-exitcode");

        assertThat(code).as(project.err).isEqualTo(10);
        assertThat(project.out).contains("    ~ properties.workloadProfiles: [")
                .containsPattern("(?m)^        ~ maximumCount: \\d+ => 3$");
    }

    @Test
    void anAllowedIpRangeInsertedInTheMiddleShowsAsOneChangedRuleAndOneNewRuleNotEveryIndex() {
        LocalProject project = new LocalProject(folder);
        assertThat(project.run("provision", "--local", "--yes", "--param",
                "allowedIpRanges=[\"203.0.113.0/24\", \"192.0.2.10/32\"]")).as(project.err).isZero();

        int code = project.run("plan", "--local", "--param",
                "allowedIpRanges=[\"203.0.113.0/24\", \"198.51.100.7/32\", \"192.0.2.10/32\"]");

        assertThat(code).as(project.err).isZero();
        assertThat(project.out).contains("    ~ properties.configuration.ingress.ipSecurityRestrictions: [\n"
                + "      ~ 1:\n"
                + "        ~ ipAddressRange: \"192.0.2.10/32\" => \"198.51.100.7/32\"\n"
                + "      + 2:\n"
                + "          name:           \"allow-2\"\n"
                + "          action:         \"Allow\"\n"
                + "          ipAddressRange: \"192.0.2.10/32\"\n"
                + "      ]").doesNotContain("~ 0:");
    }

    @Test
    void aModulesResourcesAreListedWithTheirChangesUnderTheModuleThatDeploysThem() {
        LocalProject project = new LocalProject(folder);
        ObjectNode template = (ObjectNode) JsonFiles.read(project.root.resolve("infra/provision/inference.json"));
        ((ObjectNode) template.get("parameters")).set("diagnosticsRetentionInDays",
                JsonFiles.parse(null, "{\"type\": \"int\", \"defaultValue\": 30}"));
        ((ArrayNode) template.get("resources")).add(JsonFiles.parse(null, """
                {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "diagnostics",
                 "properties": {"expressionEvaluationOptions": {"scope": "inner"}, "mode": "Incremental",
                   "parameters": {"name": {"value": "[format('{0}diag', parameters('acaLogAnalyticsName'))]"},
                                  "retention": {"value": "[parameters('diagnosticsRetentionInDays')]"}},
                   "template": {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                     "contentVersion": "1.0.0.0",
                     "parameters": {"name": {"type": "string"}, "retention": {"type": "int"}},
                     "resources": [{"type": "Microsoft.OperationalInsights/workspaces", "apiVersion": "2022-10-01",
                       "name": "[parameters('name')]", "location": "[resourceGroup().location]",
                       "properties": {"retentionInDays": "[parameters('retention')]"}}]}}}
                """));
        project.write("infra/provision/inference.json", JsonFiles.toText(template));
        assertThat(project.run("provision", "--local", "--yes")).as(project.err).isZero();

        int code = project.run("plan", "--local", "--param", "diagnosticsRetentionInDays=60", "--detailed-exitcode");

        assertThat(code).as(project.err).isEqualTo(10);
        assertThat(project.out).containsPattern("(?m)^! .* diagnostics +deploy +module: what-if lists its resources$")
                .containsPattern("(?m)^~ .* ailog\\w+diag +modify +what-if: deployed by a module\\n"
                        + "    ~ properties.retentionInDays: 30 => 60$");
    }
}
