package dev.infractl.preflight;

import java.util.Optional;

/** The subscription's GPU quota in the region covers what this deployment may scale to. */
record GpuQuotaCheck(GpuCapacity gpus, GpuDemand demand) implements PreflightCheck {

    static final String NAME = "gpu-quota";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult run() {
        Optional<GpuCapacity.Usage> usage = gpus.usage(demand.region(), demand.quotaName());
        long limit = usage.map(GpuCapacity.Usage::limit).orElse(0L);
        long inUse = usage.map(GpuCapacity.Usage::current).orElse(0L);
        String numbers = demand.quotaName() + " in " + demand.region() + ": limit " + limit + ", in use " + inUse
                + ", needed " + demand.explained();
        if (inUse + demand.needed() <= limit) {
            return CheckResult.passed(NAME, numbers);
        }
        long fitting = (limit - inUse + demand.held()) / Math.max(1, demand.gpusPerInstance());
        return CheckResult.failed(NAME, "not enough GPU quota: " + numbers, "request a quota increase for "
                + demand.quotaName() + " in " + demand.region() + " (portal: Quotas > Azure Container Apps)"
                + (fitting >= 1 ? ", or lower maximumInstanceCount (--param maximumInstanceCount=" + fitting + ")" : ""));
    }
}
