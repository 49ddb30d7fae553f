package dev.infractl.preflight;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/** The regions where a GPU profile is offered and its quota covers the deployment, asked in parallel. */
record RegionSearch(GpuCapacity gpus, ExecutorService pool) {

    /** Best first: the most free GPUs, then by name; the deployment's own region left out. */
    List<RegionFit> fits(GpuDemand demand) {
        List<Supplier<Optional<RegionFit>>> asks = gpus.regions().stream()
                .filter(region -> !region.equalsIgnoreCase(demand.region()))
                .<Supplier<Optional<RegionFit>>>map(region -> () -> fit(demand.in(region)))
                .toList();
        return Preflight.all(pool, asks).stream().flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(RegionFit::free).reversed().thenComparing(RegionFit::region))
                .toList();
    }

    private Optional<RegionFit> fit(GpuDemand demand) {
        try {
            if (!gpus.offers(demand.region(), demand.profile())) {
                return Optional.empty();
            }
            return gpus.usage(demand.region(), demand.quotaName())
                    .filter(usage -> usage.current() + demand.needed() <= usage.limit())
                    .map(usage -> new RegionFit(demand.region(), usage.limit(), usage.current(), demand.needed()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
