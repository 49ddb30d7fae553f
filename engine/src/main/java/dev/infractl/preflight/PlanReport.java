package dev.infractl.preflight;

import dev.infractl.deploy.Plan;
import dev.infractl.deploy.PlanResource;
import java.util.List;

/**
 * Everything {@code plan} shows: ARM's validation and what-if, every resource with its resolved name, action and
 * source, the preflight's checks, and the cost estimate.
 */
public record PlanReport(Plan plan, List<PlanResource> resources, PreflightReport preflight, CostEstimate cost) {

    public PlanReport {
        resources = List.copyOf(resources);
    }

    /** Whether provision would fail: ARM refused, or a preflight check failed. */
    public boolean failed() {
        return plan.failure().isPresent() || !preflight.ok();
    }
}
