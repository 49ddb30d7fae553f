package dev.infractl.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CostEstimatorTest {

    private static PriceTable.Meter meter(String name, String unit, double price, String region) {
        return new PriceTable.Meter(name, unit, price, region, "USD", "2026-01-01T00:00:00Z");
    }

    private final PriceTable table = new PriceTable("2026-11-30", "test", List.of(
            meter("NC24-A100 Dedicated Usage", "1 Hour", 3.0, "eastus"),
            meter("Dedicated Plan Management", "1 Hour", 0.1, "eastus"),
            meter("Serverless GPU NC T4 Usage", "1 Second", 0.0001, "eastus")));

    @Test
    void dedicatedCostsTheNodePriceTimesMaxInstancesPlusTheManagementFeeAndTheFeeAtMinimum() {
        CostEstimate cost = CostEstimator.estimate(table, "NC24-A100", "eastus", 3);

        assertThat(cost.hourlyMax()).contains(0.1 + 9.0);
        assertThat(cost.hourlyMin()).contains(0.1);
        assertThat(cost.priceDate()).isEqualTo("2026-11-30");
    }

    @Test
    void serverlessPerSecondPricesAreMadeHourlyAndScaleToZero() {
        CostEstimate cost = CostEstimator.estimate(table, "Consumption-GPU-NC8as-T4", "eastus", 2);

        assertThat(cost.hourlyMax().orElseThrow()).isCloseTo(0.72, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cost.hourlyMin()).contains(0.0);
    }

    @Test
    void aRegionOrProfileWithoutAPriceSaysSoPlainly() {
        CostEstimate cost = CostEstimator.estimate(table, "NC24-A100", "westus3", 1);

        assertThat(cost.known()).isFalse();
        assertThat(cost.notes().get(0)).startsWith("price unknown").contains("westus3").contains("2026-11-30");
    }

    @Test
    void theShippedTableLoadsAndRecordsWhereItCameFrom() {
        PriceTable shipped = PriceTable.load(null);

        assertThat(shipped.source()).isNotBlank();
        assertThat(shipped.priceDate()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
