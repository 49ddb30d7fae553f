package dev.infractl.preflight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The hourly cost of the GPU profile times its instances (at max, and at the template's minimum of 0), plus the
 * dedicated plan's management fee. Meters are found by name (A100 / T4, dedicated or serverless) in the region.
 */
public final class CostEstimator {

    private CostEstimator() {
    }

    public static CostEstimate estimate(PriceTable table, String profile, String region, int instances) {
        List<String> notes = new ArrayList<>();
        notes.add("storage, Log Analytics ingestion and requests are billed by use and not included");
        boolean serverless = profile.toLowerCase(Locale.ROOT).startsWith("consumption-gpu");
        Optional<PriceTable.Meter> gpu = find(table, region, gpuMeter(profile, serverless));
        Optional<PriceTable.Meter> management = serverless ? Optional.empty()
                : find(table, region, name -> name.contains("dedicated plan management"));
        if (gpu.isEmpty()) {
            notes.add(0, "price unknown: no " + profile + " meter for " + region + " in the price table of "
                    + table.priceDate() + " (" + table.source() + "); run `infractl prices --refresh`");
            return new CostEstimate("USD", Optional.empty(), Optional.empty(), table.priceDate(), region,
                    table.source(), notes);
        }
        double fixed = management.map(CostEstimator::hourly).orElse(0.0);
        if (!serverless && management.isEmpty()) {
            notes.add("the dedicated plan's management fee is unknown and not included");
        }
        double max = fixed + hourly(gpu.get()) * instances;
        notes.add(serverless ? "serverless GPUs scale to zero: the minimum is with no replica running"
                : "minimumCount 0: the minimum is with no GPU node running");
        return new CostEstimate(gpu.get().currencyCode(), Optional.of(max), Optional.of(fixed), table.priceDate(), region,
                table.source(), notes);
    }

    /**
     * What one node (dedicated) or replica (serverless) of a GPU profile type costs per hour in the region, GPU meter
     * only; empty when the table has no figure or the type is not a GPU one.
     */
    public static Optional<BigDecimal> perInstanceHour(PriceTable table, String profileType, String region) {
        String type = profileType == null ? "" : profileType.toLowerCase(Locale.ROOT);
        if (region == null || !(type.contains("a100") || type.contains("t4"))) {
            return Optional.empty();
        }
        boolean serverless = type.startsWith("consumption-gpu");
        return find(table, region.replace(" ", ""), gpuMeter(profileType, serverless))
                .map(meter -> BigDecimal.valueOf(hourly(meter)));
    }

    private static Predicate<String> gpuMeter(String profile, boolean serverless) {
        String chip = profile.toLowerCase(Locale.ROOT).contains("t4") ? "t4" : "a100";
        return name -> name.contains(chip) && (serverless == (name.contains("serverless") || name.contains("consumption")))
                && (serverless || name.contains(profile.toLowerCase(Locale.ROOT).replace("-a100", "")));
    }

    private static Optional<PriceTable.Meter> find(PriceTable table, String region, Predicate<String> name) {
        return table.meters().stream().filter(meter -> meter.armRegionName().equalsIgnoreCase(region))
                .filter(meter -> name.test(meter.meterName().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The price per hour of a meter billed per hour or per second. */
    private static double hourly(PriceTable.Meter meter) {
        String unit = meter.unitOfMeasure().toLowerCase(Locale.ROOT);
        return unit.contains("second") ? meter.retailPrice() * 3600 : meter.retailPrice();
    }
}
