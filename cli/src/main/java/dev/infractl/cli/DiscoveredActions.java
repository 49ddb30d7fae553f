package dev.infractl.cli;

import dev.infractl.arm.PlannedResource;
import dev.infractl.deploy.PlanResource;
import dev.infractl.deploy.PlannedChange;
import dev.infractl.deploy.ResourceActions;
import dev.infractl.reuse.ResourceDecision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plan's action per resource: what discovery decided (reuse "from fine-tuning", create "not found") where it
 * looked, what-if or a new group for the rest. A reused resource the template only references is not deployed,
 * so it is listed from discovery alone.
 */
record DiscoveredActions(List<ResourceDecision> decisions) implements ResourceActions {

    @Override
    public List<PlanResource> decide(String group, List<PlannedResource> resources, boolean groupExists,
                                     List<PlannedChange> whatIf) {
        Map<String, ResourceDecision> remaining = new LinkedHashMap<>();
        decisions.forEach(decision -> remaining.put(key(decision.type(), decision.name()), decision));
        List<PlanResource> decided = new ArrayList<>();
        for (PlanResource planned : ResourceActions.fromWhatIf().decide(group, resources, groupExists, whatIf)) {
            ResourceDecision found = remaining.remove(key(planned.type(), lastSegment(planned.name())));
            decided.add(found == null ? planned
                    : new PlanResource(planned.name(), planned.type(), found.action().word(), found.reason()));
        }
        remaining.values().forEach(decision -> decided.add(
                new PlanResource(decision.name(), decision.type(), decision.action().word(), decision.reason())));
        return decided;
    }

    private static String key(String type, String name) {
        return (type + "/" + lastSegment(name)).toLowerCase(Locale.ROOT);
    }

    private static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
