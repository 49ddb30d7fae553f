package dev.infractl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"PT1S, 1s", "PT90S, 1m30s", "PT30M, 30m", "PT1H30M, 1h30m", "PT2H, 2h", "PT0.5S, 500ms"})
    void limitsReadAsTheyAreWrittenNeverZeroMinutesForASecond(String iso, String expected) {
        assertThat(Durations.limit(Duration.parse(iso))).isEqualTo(expected);
    }
}
