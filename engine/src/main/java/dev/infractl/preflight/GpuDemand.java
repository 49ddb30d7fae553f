package dev.infractl.preflight;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The GPUs this deployment may use: per node (dedicated) or replica (serverless) times maximumInstanceCount,
 * minus what the environment it reuses already holds (that part is already in the usage).
 *
 * @param held GPUs of the same quota an existing environment of this deployment may already scale to
 */
public record GpuDemand(String profile, String region, String quotaName, int gpusPerInstance, int instances, long held) {

    private record Kind(String quotaName, int gpus) {
    }

    /** Container Apps GPU workload profiles: NC24-A100 has 1 A100, NC48 2, NC96 4; serverless ones 1 per replica. */
    private static final Map<String, Kind> PROFILES = Map.of(
            "nc24-a100", new Kind("SubscriptionNCA100Gpus", 1),
            "nc48-a100", new Kind("SubscriptionNCA100Gpus", 2),
            "nc96-a100", new Kind("SubscriptionNCA100Gpus", 4),
            "consumption-gpu-nc24-a100", new Kind("SubscriptionConsumptionNCA100Gpus", 1),
            "consumption-gpu-nc8as-t4", new Kind("SubscriptionConsumptionNCT4Gpus", 1));

    /** The demand of a GPU profile, or empty for a profile without GPUs (or one we do not know). */
    public static Optional<GpuDemand> of(String profile, String region, int instances) {
        return Optional.ofNullable(PROFILES.get(profile.toLowerCase(Locale.ROOT)))
                .map(kind -> new GpuDemand(profile, region, kind.quotaName(), kind.gpus(), instances, 0));
    }

    public boolean serverless() {
        return profile.toLowerCase(Locale.ROOT).startsWith("consumption-gpu");
    }

    public long total() {
        return (long) gpusPerInstance * instances;
    }

    public long needed() {
        return Math.max(0, total() - held);
    }

    public GpuDemand holding(long gpus) {
        return new GpuDemand(profile, region, quotaName, gpusPerInstance, instances, gpus);
    }

    /** The same deployment elsewhere, where nothing is held yet. */
    public GpuDemand in(String otherRegion) {
        return new GpuDemand(profile, otherRegion, quotaName, gpusPerInstance, instances, 0);
    }

    /** "2 (1 GPU per node x maximumInstanceCount 2)" and the like. */
    public String explained() {
        String unit = serverless() ? "replica" : "node";
        return needed() + " (" + gpusPerInstance + " GPU per " + unit + " x maximumInstanceCount " + instances
                + (held > 0 ? ", minus " + held + " the reused environment already holds" : "") + ")";
    }
}
