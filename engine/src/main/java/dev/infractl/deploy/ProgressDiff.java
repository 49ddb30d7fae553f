package dev.infractl.deploy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What changed between two polls, as events: a pure function of the previous and the current snapshot,
 * kept apart from polling and from drawing.
 */
public final class ProgressDiff {

    private ProgressDiff() {
    }

    /** One {@link ProvisionEvent.ResourceChanged} per operation that is new or whose state moved, in ARM's order. */
    public static List<ProvisionEvent> between(DeploymentSnapshot previous, DeploymentSnapshot current, Instant at) {
        Map<String, DeploymentOperation> before = byResource(previous.operations());
        List<ProvisionEvent> events = new ArrayList<>();
        for (Map.Entry<String, DeploymentOperation> entry : byResource(current.operations()).entrySet()) {
            DeploymentOperation operation = entry.getValue();
            DeploymentOperation earlier = before.get(entry.getKey());
            if (earlier == null || earlier.state() != operation.state()) {
                events.add(new ProvisionEvent.ResourceChanged(at, operation.resourceType(), operation.resourceName(),
                        operation.state(), operation.duration(), operation.error()));
            }
        }
        return events;
    }

    /** ARM can list several operations for one resource; the last one listed is the current one. */
    private static Map<String, DeploymentOperation> byResource(List<DeploymentOperation> operations) {
        Map<String, DeploymentOperation> latest = new LinkedHashMap<>();
        operations.forEach(operation -> latest.put(operation.resourceId().toLowerCase(Locale.ROOT), operation));
        return latest;
    }
}
