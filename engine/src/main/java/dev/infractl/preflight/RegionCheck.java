package dev.infractl.preflight;

/** The GPU workload profile type is offered in the deployment's region. */
record RegionCheck(GpuCapacity gpus, GpuDemand demand) implements PreflightCheck {

    static final String NAME = "region";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult run() {
        if (gpus.offers(demand.region(), demand.profile())) {
            return CheckResult.passed(NAME, "workload profile " + demand.profile() + " is offered in " + demand.region());
        }
        return CheckResult.failed(NAME, "workload profile " + demand.profile() + " is not offered in region "
                + demand.region(), "deploy to a region that offers it (--location REGION)");
    }
}
