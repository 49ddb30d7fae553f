package dev.infractl.app;

/**
 * One workload profile of a Container Apps environment.
 *
 * @param type such as {@code NC24-A100} (dedicated) or {@code Consumption-GPU-NC8as-T4} (serverless)
 * @param minimumCount the dedicated nodes kept running; null for serverless profiles
 */
public record WorkloadProfile(String name, String type, Integer minimumCount, Integer maximumCount) {

    /** Dedicated profiles bill whole nodes, even idle ones, down to their minimum count. */
    public boolean dedicated() {
        return type != null && !type.startsWith("Consumption");
    }

    public String display() {
        if (!dedicated()) {
            return name + " (" + type + ", serverless)";
        }
        return name + " (" + type + ", dedicated, nodes min " + minimumCount + " max " + maximumCount + ")";
    }
}
