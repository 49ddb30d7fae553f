package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.deploy.ChangeType;
import dev.infractl.deploy.DeploymentTarget;
import dev.infractl.deploy.Plan;
import dev.infractl.deploy.PlannedChange;
import dev.infractl.deploy.PropertyChange;
import dev.infractl.deploy.PropertyChange.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A what-if drawn as az deployment group what-if draws it: leaf paths, array indexes, Ignore and Delete. */
class PlanTextTest {

    static final String GROUP = "/subscriptions/s/resourceGroups/rg/providers/";
    static final DeploymentTarget TARGET = new DeploymentTarget("s", "rg", "swedencentral", "https://portal.azure.com");

    final Plan plan = new Plan(TARGET, true, List.of(
            new PlannedChange(GROUP + "Microsoft.App/containerApps/app", ChangeType.MODIFY, List.of(
                    PropertyChange.leaf("properties.template.scale.maxReplicas", Kind.MODIFY, "1", "3"),
                    PropertyChange.leaf("tags.owner", Kind.DELETE, "\"ml\"", null),
                    new PropertyChange("properties.configuration.ingress.ipSecurityRestrictions", Kind.ARRAY, null, null,
                            List.of(new PropertyChange("0", Kind.MODIFY, null, null, List.of(PropertyChange.leaf(
                                    "ipAddressRange", Kind.MODIFY, "\"203.0.113.0/24\"", "\"198.51.100.0/24\""))),
                                    PropertyChange.leaf("1", Kind.CREATE, null, "{\"name\":\"office\"}"))))),
            new PlannedChange(GROUP + "Microsoft.Insights/components/kept", ChangeType.IGNORE, List.of()),
            new PlannedChange(GROUP + "Microsoft.Storage/storageAccounts/old", ChangeType.DELETE, List.of())),
            Optional.empty());

    @Test
    void eachChangedPropertyIsALineUnderItsResourceWithArraysByIndex() {
        assertThat(PlanText.lines(plan)).containsSubsequence(
                "    ~ properties.template.scale.maxReplicas: 1 => 3",
                "    - tags.owner:                            \"ml\"",
                "    ~ properties.configuration.ingress.ipSecurityRestrictions: [",
                "      ~ 0:",
                "        ~ ipAddressRange: \"203.0.113.0/24\" => \"198.51.100.0/24\"",
                "      + 1:",
                "          name: \"office\"",
                "      ]");
    }

    @Test
    void anArrayShowsARemovedElementBeforeTheOneAddedAtItsIndexAndObjectsAsTheirLeafPathsLinedUp() {
        var subnets = new PropertyChange("properties.subnets", Kind.ARRAY, null, null, List.of(
                PropertyChange.leaf("0", Kind.CREATE, null, "\"10.0.0.0/15\""),
                PropertyChange.leaf("0", Kind.DELETE, "\"10.0.0.0/16\"", null),
                PropertyChange.leaf("1", Kind.DELETE, "{\"name\":\"subnet001\",\"properties\":{\"addressPrefix\":\"10.0.0.0/24\","
                        + "\"delegations\":[\"aca\"]}}", null)));

        assertThat(PropertyChangeText.lines(List.of(subnets), "    ")).containsExactly(
                "    ~ properties.subnets: [",
                "      - 0: \"10.0.0.0/16\"",
                "      + 0: \"10.0.0.0/15\"",
                "      - 1:",
                "          name:                     \"subnet001\"",
                "          properties.addressPrefix: \"10.0.0.0/24\"",
                "          properties.delegations: [",
                "            0: \"aca\"",
                "          ]",
                "      ]");
    }

    @Test
    void ignoredAndDeletedResourcesHaveTheirMarksAndCountsInTheSummary() {
        List<String> lines = PlanText.lines(plan);

        assertThat(lines).anyMatch(line -> line.startsWith("* Microsoft.Insights/components") && line.endsWith("Ignore"));
        assertThat(lines).anyMatch(line -> line.startsWith("- storage account") && line.endsWith("Delete"));
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("Plan for resource group rg: 0 to create, 1 to modify, 1 to delete, 0 unchanged, 1 ignored.");
    }

    @Test
    void theJsonPlanCarriesTheDeltaInArmShape() {
        var change = PlanText.json(plan).get("changes").get(0);

        assertThat(change.get("properties").toString()).isEqualTo("[\"properties.template.scale.maxReplicas\","
                + "\"tags.owner\",\"properties.configuration.ingress.ipSecurityRestrictions\"]");
        assertThat(change.get("delta").get(0).toString()).isEqualTo("{\"path\":\"properties.template.scale.maxReplicas\","
                + "\"propertyChangeType\":\"Modify\",\"before\":1,\"after\":3}");
        assertThat(change.get("delta").get(2).get("children").get(0).get("children").get(0).get("after").asText())
                .isEqualTo("198.51.100.0/24");
    }
}
