package dev.infractl.deploy;

import java.util.List;

/**
 * One resource in a what-if result.
 *
 * @param delta             the property changes, for {@link ChangeType#MODIFY}: leaf paths, arrays with their changed indexes
 * @param unsupportedReason why what-if could not predict it, for {@link ChangeType#UNSUPPORTED}; else null
 */
public record PlannedChange(String resourceId, ChangeType changeType, List<PropertyChange> delta, String unsupportedReason) {

    public PlannedChange {
        delta = List.copyOf(delta);
    }

    public PlannedChange(String resourceId, ChangeType changeType, List<PropertyChange> delta) {
        this(resourceId, changeType, delta, null);
    }

    /** The paths that would change, outermost only: {@code properties.template.scale.maxReplicas}. */
    public List<String> changedProperties() {
        return delta.stream().map(PropertyChange::path).toList();
    }

    /** The type from the resource id: {@code Microsoft.App/managedEnvironments/storages} and the like. */
    public String resourceType() {
        String[] parts = resourceId.split("/providers/");
        String[] segments = parts[parts.length - 1].split("/");
        StringBuilder type = new StringBuilder(segments[0]);
        for (int i = 1; i < segments.length; i += 2) {
            type.append('/').append(segments[i]);
        }
        return type.toString();
    }

    public String resourceName() {
        String[] parts = resourceId.split("/providers/");
        String[] segments = parts[parts.length - 1].split("/");
        StringBuilder name = new StringBuilder();
        for (int i = 2; i < segments.length; i += 2) {
            name.append(name.length() == 0 ? "" : "/").append(segments[i]);
        }
        return name.toString();
    }
}
