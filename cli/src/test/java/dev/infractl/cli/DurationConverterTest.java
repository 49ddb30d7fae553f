package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class DurationConverterTest {

    @ParameterizedTest
    @CsvSource({"90s, PT1M30S", "30m, PT30M", "1h, PT1H", "1h30m, PT1H30M", "PT45M, PT45M", "2m5s, PT2M5S"})
    void timeoutsReadTheWayPeopleWriteThem(String text, String expected) {
        assertThat(new DurationConverter().convert(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "10", "5 minutes"})
    void anythingElseSaysHowToWriteIt(String text) {
        assertThatThrownBy(() -> new DurationConverter().convert(text)).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("90s, 30m or 1h30m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999999999999h", "169h", "0s", "PT999999999999999H", "99999999999999999999999s"})
    void valuesOutsideTheRangeSayTheRangeInsteadOfOverflowing(String text) {
        assertThatThrownBy(() -> new DurationConverter().convert(text)).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("from 1s to 168h");
    }

    @Test
    void aHugeTimeoutOnTheCommandLineIsExitTwoWithTheRange() {
        java.io.StringWriter err = new java.io.StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new java.io.PrintWriter(err, true));

        int code = cli.execute("provision", "--timeout", "999999999999999999h");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("from 1s to 168h").doesNotContain("ArithmeticException");
    }
}
