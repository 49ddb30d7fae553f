package dev.infractl.preflight;

import java.util.List;
import java.util.Optional;

/**
 * What the deployment costs per hour while it runs: at the maximum instances and at the minimum the template
 * scales to, from a price table of a given date and region. Empty figures mean the price is unknown.
 *
 * @param notes what is not included or not known, in words
 */
public record CostEstimate(String currency, Optional<Double> hourlyMax, Optional<Double> hourlyMin, String priceDate,
                           String region, String source, List<String> notes) {

    public CostEstimate {
        notes = List.copyOf(notes);
    }

    public boolean known() {
        return hourlyMax.isPresent();
    }
}
