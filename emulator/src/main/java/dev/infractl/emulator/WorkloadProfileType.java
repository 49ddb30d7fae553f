package dev.infractl.emulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ACA workload profile types the emulator knows, and the usage (quota) each GPU instance counts against.
 *
 * @param quotaName the Microsoft.App usage a GPU instance of this type uses, or null for CPU types
 */
record WorkloadProfileType(String code, String displayName, String category, int cores, int memoryInGiB, int gpus,
                           String quotaName) {

    static final List<WorkloadProfileType> ALL = List.of(
            new WorkloadProfileType("Consumption", "Consumption", "Consumption", 4, 8, 0, null),
            new WorkloadProfileType("D4", "Dedicated-D4", "GeneralPurpose", 4, 16, 0, null),
            new WorkloadProfileType("D8", "Dedicated-D8", "GeneralPurpose", 8, 32, 0, null),
            new WorkloadProfileType("E4", "Dedicated-E4", "MemoryOptimized", 4, 32, 0, null),
            new WorkloadProfileType("NC24-A100", "GPU-NC24-A100", "GPU", 24, 220, 1, "SubscriptionNCA100Gpus"),
            new WorkloadProfileType("NC48-A100", "GPU-NC48-A100", "GPU", 48, 440, 2, "SubscriptionNCA100Gpus"),
            new WorkloadProfileType("NC96-A100", "GPU-NC96-A100", "GPU", 96, 880, 4, "SubscriptionNCA100Gpus"),
            new WorkloadProfileType("Consumption-GPU-NC24-A100", "Consumption-GPU-NC24-A100", "GPU", 24, 220, 1,
                    "SubscriptionConsumptionNCA100Gpus"),
            new WorkloadProfileType("Consumption-GPU-NC8as-T4", "Consumption-GPU-NC8as-T4", "GPU", 8, 56, 1,
                    "SubscriptionConsumptionNCT4Gpus"));

    /** Regions with GPU workload profiles; the others offer CPU profiles only, as many real regions do. */
    static final List<String> GPU_REGIONS = List.of("westus3", "australiaeast", "swedencentral", "eastus");

    static final List<String> QUOTA_NAMES = List.of("SubscriptionNCA100Gpus", "SubscriptionConsumptionNCA100Gpus",
            "SubscriptionConsumptionNCT4Gpus");

    static Optional<WorkloadProfileType> byCode(String code) {
        return ALL.stream().filter(type -> type.code().equalsIgnoreCase(code)).findFirst();
    }

    static List<WorkloadProfileType> availableIn(String location) {
        boolean gpu = hasGpus(location);
        return ALL.stream().filter(type -> gpu || type.gpus() == 0).toList();
    }

    static boolean hasGpus(String location) {
        return GPU_REGIONS.contains(normalLocation(location));
    }

    static String normalLocation(String location) {
        return location.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    boolean isServerless() {
        return code.startsWith("Consumption-GPU");
    }
}
