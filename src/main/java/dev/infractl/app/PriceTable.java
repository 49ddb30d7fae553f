package dev.infractl.app;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a workload profile costs per hour in a region. The preflight work ships a table in the jar; until it is
 * wired in, {@link #UNKNOWN} answers nothing and {@code status} says "unknown" rather than guess.
 */
@FunctionalInterface
public interface PriceTable {

    PriceTable UNKNOWN = (profileType, region) -> Optional.empty();

    /** The price of one node or replica of {@code profileType} per hour, in US dollars. */
    Optional<BigDecimal> perHour(String profileType, String region);
}
