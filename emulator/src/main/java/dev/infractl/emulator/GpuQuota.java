package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * GPU usage and limits per region, and the check a managed environment's workload profiles must pass:
 * the sum of GPUs its profiles may scale to, plus what other environments in the region use, within the limit.
 */
final class GpuQuota {

    static final long DEFAULT_LIMIT = 4;

    private final Faults faults;
    private final StateStore store;

    GpuQuota(Faults faults, StateStore store) {
        this.faults = faults;
        this.store = store;
    }

    long limit(String quotaName, String location) {
        return faults.quota(quotaName, location).orElse(WorkloadProfileType.hasGpus(location) ? DEFAULT_LIMIT : 0);
    }

    /** GPUs the environments in {@code location} may use, leaving out {@code exceptId} (the one being written). */
    long usage(String quotaName, String location, String exceptId) {
        long used = 0;
        for (JsonNode resource : store.list(StateStore.RESOURCES, "")) {
            if (resource.path("type").asText().equalsIgnoreCase("Microsoft.App/managedEnvironments")
                    && WorkloadProfileType.normalLocation(resource.path("location").asText()).equals(
                            WorkloadProfileType.normalLocation(location))
                    && !resource.path("id").asText().equalsIgnoreCase(exceptId)) {
                used += gpus(resource, quotaName);
            }
        }
        return used;
    }

    /** The error Azure reports for an environment that cannot be created here, or empty when it fits. */
    Optional<ArmError> check(String environmentId, JsonNode environment, String subscriptionId) {
        String location = environment.path("location").asText();
        for (JsonNode profile : environment.path("properties").path("workloadProfiles")) {
            String code = profile.path("workloadProfileType").asText();
            Optional<WorkloadProfileType> type = WorkloadProfileType.byCode(code);
            if (type.isPresent() && type.get().gpus() > 0 && !WorkloadProfileType.hasGpus(location)) {
                return Optional.of(ArmError.of("ManagedEnvironmentInvalidWorkloadProfile", "Workload profile type '"
                        + code + "' is not supported in region '" + location + "'. GPU workload profiles are offered in: "
                        + String.join(", ", WorkloadProfileType.GPU_REGIONS) + "."));
            }
        }
        for (String quotaName : WorkloadProfileType.QUOTA_NAMES) {
            long requested = gpus(environment, quotaName);
            if (requested == 0) {
                continue;
            }
            long limit = limit(quotaName, location);
            long used = usage(quotaName, location, environmentId);
            if (used + requested > limit) {
                return Optional.of(ArmError.of("MaxRegionalQuotaExceeded", "Operation could not be completed as it"
                        + " results in exceeding approved " + quotaName + " quota. Location: " + location
                        + ", Current Limit: " + limit + ", Current Usage: " + used + ", Additional Required: " + requested
                        + ". Submit a quota increase request, or lower the workload profile's maximumCount.",
                        List.of(ArmError.of(quotaName, "Subscription '" + subscriptionId + "' may use " + limit + " "
                                + quotaName + " in " + location + "; " + used + " in use, " + requested + " requested."))));
            }
        }
        return Optional.empty();
    }

    /** GPUs an environment's profiles of this quota may scale to (serverless profiles count one instance). */
    static long gpus(JsonNode environment, String quotaName) {
        long total = 0;
        for (JsonNode profile : environment.path("properties").path("workloadProfiles")) {
            Optional<WorkloadProfileType> type = WorkloadProfileType.byCode(profile.path("workloadProfileType").asText());
            if (type.isPresent() && quotaName.equals(type.get().quotaName())) {
                long instances = type.get().isServerless() ? 1 : profile.path("maximumCount").asLong(1);
                total += instances * type.get().gpus();
            }
        }
        return total;
    }
}
