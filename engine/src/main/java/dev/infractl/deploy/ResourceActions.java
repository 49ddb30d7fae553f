package dev.infractl.deploy;

import dev.infractl.arm.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides, per resource of the template, whether provision creates, updates or reuses it and says why. The
 * default reads ARM's what-if, or says "create" for everything when the group does not exist yet; discovery of
 * existing resources (the fine-tuning job's environment and the like) can supply its own. A nested deployment (a
 * Bicep module) is deployed; what-if answers for the resources in it, which the plan lists after the template's.
 */
public interface ResourceActions {

    String MODULE_TYPE = "Microsoft.Resources/deployments";

    List<PlanResource> decide(String group, List<PlannedResource> resources, boolean groupExists, List<PlannedChange> whatIf);

    static ResourceActions fromWhatIf() {
        return (group, resources, groupExists, whatIf) -> {
            List<PlanResource> decided = new ArrayList<>();
            if (!groupExists) {
                decided.add(new PlanResource(group, "Microsoft.Resources/resourceGroups", "create", "new resource group"));
                resources.forEach(resource -> decided.add(new PlanResource(resource.name(), resource.type(), "create",
                        "new resource group")));
                return decided;
            }
            Map<String, PlannedChange> byId = whatIf.stream().collect(Collectors.toMap(
                    change -> change.resourceId().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
            for (PlannedResource resource : resources) {
                PlannedChange change = byId.get(resource.resourceId().toLowerCase(Locale.ROOT));
                if (resource.type().equalsIgnoreCase(MODULE_TYPE)) { // what-if lists what it deploys, not the module
                    decided.add(new PlanResource(resource.name(), resource.type(), "deploy", change == null
                            ? "module: what-if lists its resources" : "what-if could not expand it: " + change.unsupportedReason()));
                    continue;
                }
                // Ignore for a resource the template declares: what-if could not predict it, and provision writes it
                String action = change == null ? "create" : switch (change.changeType()) {
                    case NO_CHANGE -> "reuse";
                    case MODIFY, DEPLOY, IGNORE -> "update";
                    case DELETE -> "delete";
                    default -> "create";
                };
                String source = change == null ? "template" : change.changeType() == ChangeType.IGNORE
                        ? "what-if could not predict it" : change.changedProperties().isEmpty() ? "what-if"
                        : "what-if: " + String.join(", ", change.changedProperties());
                decided.add(new PlanResource(resource.name(), resource.type(), action, source));
            }
            return decided;
        };
    }
}
