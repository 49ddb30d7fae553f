package dev.infractl.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The app as {@code status} shows it: replicas, scale rule, profile, and what it costs per hour now (empty when
 * no price is known: never a guess).
 */
public record AppStatus(AppFacts app, Optional<WorkloadProfile> profile, Optional<BigDecimal> costPerHour) {

    /** Dedicated profiles bill their nodes (at least the minimum), serverless ones the running replicas. */
    public static AppStatus of(AppScaling scaling, PriceTable prices) {
        AppFacts app = scaling.app();
        Optional<WorkloadProfile> profile = scaling.profile(app.environmentId(), app.profileName());
        Optional<BigDecimal> cost = profile.flatMap(p -> prices.perHour(p.type(), app.location()).map(price -> {
            int billed = p.dedicated() ? Math.max(p.minimumCount() == null ? 0 : p.minimumCount(), app.replicas())
                    : app.replicas();
            return price.multiply(BigDecimal.valueOf(billed)).setScale(2, RoundingMode.HALF_UP);
        }));
        return new AppStatus(app, profile, cost);
    }
}
