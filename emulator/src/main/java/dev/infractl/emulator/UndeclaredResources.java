package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.PlannedResource;
import dev.infractl.arm.PreparedDeployment;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The resources of a group that a deployment does not declare, as Complete mode and what-if see them (Azure's
 * "Deletion of Azure resources for complete mode deployments"): top-level resources, and the few child types
 * Azure deletes on their own; every other child resource goes only with its parent. A resource whose condition is
 * false counts as undeclared; the resources a nested deployment of the template made count as declared, and
 * deployments themselves are not resources of the group.
 */
final class UndeclaredResources {

    /** Child types Complete mode deletes when the template leaves them out, though their parent stays. */
    private static final Set<String> DELETED_CHILDREN = Set.of("microsoft.sql/servers/databases",
            "microsoft.sql/servers/elasticpools", "microsoft.sql/servers/jobagents", "microsoft.sql/managedinstances/databases",
            "microsoft.web/sites/slots", "microsoft.web/sites/premieraddons", "microsoft.synapse/workspaces/sqlpools",
            "microsoft.synapse/workspaces/bigdatapools", "microsoft.synapse/workspaces/kustopools",
            "microsoft.timeseriesinsights/environments/eventsources");

    /** Top-level types Complete mode never deletes. */
    private static final Set<String> KEPT = Set.of("microsoft.storage/deletedaccounts",
            "microsoft.authorization/locks", "microsoft.authorization/roleassignments");

    private UndeclaredResources() {
    }

    /** The ids (lower-cased) a deployment declares: its resources whose condition holds, and its nested deployments'. */
    static Set<String> declared(PreparedDeployment prepared, DeploymentRecords records) {
        Set<String> declared = new HashSet<>();
        for (PlannedResource resource : prepared.resources()) {
            if (!resource.condition()) {
                continue;
            }
            declared.add(StateStore.normal(resource.resourceId()));
            if (resource.type().equalsIgnoreCase("Microsoft.Resources/deployments")) {
                records.find(resource.resourceId()).ifPresent(nested -> nested.path("properties").path("outputResources")
                        .forEach(made -> declared.add(StateStore.normal(made.path("id").asText()))));
                records.operations(resource.resourceId()).forEach(operation -> declared.add(StateStore.normal(
                        operation.path("properties").path("targetResource").path("id").asText())));
            }
        }
        return declared;
    }

    /** The group's resources the deployment leaves out, in the order they were made. */
    static List<ObjectNode> in(Resources resources, String groupId, Set<String> declared) {
        return resources.inGroup(groupId).stream()
                .filter(resource -> !declared.contains(StateStore.normal(resource.path("id").asText())))
                .filter(resource -> listed(resource.path("id").asText(), resource.path("type").asText()))
                .toList();
    }

    /** Whether Complete mode deletes a resource of this type that the template leaves out. */
    static boolean deletedInCompleteMode(String type) {
        return !KEPT.contains(type.toLowerCase(Locale.ROOT));
    }

    /** What the group's listing shows: top-level resources and the child types deleted on their own. */
    private static boolean listed(String id, String type) {
        if (id.toLowerCase(Locale.ROOT).indexOf("/providers/") != id.toLowerCase(Locale.ROOT).lastIndexOf("/providers/")) {
            return false; // an extension resource: it goes with the resource it extends
        }
        if (type.equalsIgnoreCase("Microsoft.Resources/deployments")) {
            return false; // a nested deployment's record, not a resource of the group
        }
        return type.split("/").length == 2 || DELETED_CHILDREN.contains(type.toLowerCase(Locale.ROOT));
    }

    static boolean isComplete(JsonNode deploymentProperties) {
        return deploymentProperties.path("mode").asText().equalsIgnoreCase("Complete");
    }
}
