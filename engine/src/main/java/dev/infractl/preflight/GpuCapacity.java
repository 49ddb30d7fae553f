package dev.infractl.preflight;

import java.util.List;
import java.util.Optional;

/** Microsoft.App's answers about GPUs: regions, workload profile types per region, usages and limits. */
public interface GpuCapacity {

    /** The subscription's regions, to look for ones where the profile fits. */
    List<String> regions();

    /** Whether the region offers the workload profile type (availableManagedEnvironmentsWorkloadProfileTypes). */
    boolean offers(String region, String profileType);

    /** The usage of one quota in a region, or empty when the region does not report it. */
    Optional<Usage> usage(String region, String quotaName);

    /** GPUs of this quota that an existing environment may already scale to; 0 when it does not exist. */
    long heldBy(String environmentId, String quotaName);

    record Usage(long current, long limit) {

        public long free() {
            return Math.max(0, limit - current);
        }
    }
}
