package dev.infractl.app;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a workload profile costs per hour in a region ({@code status} reads preflight's table through it); no
 * figure means "unknown", never a guess.
 */
@FunctionalInterface
public interface PriceTable {

    PriceTable UNKNOWN = (profileType, region) -> Optional.empty();

    /** The price of one node or replica of {@code profileType} per hour, in US dollars. */
    Optional<BigDecimal> perHour(String profileType, String region);
}
