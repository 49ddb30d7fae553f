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
    @ValueSource(strings = {"999999999999999999h", "99999999999999999999s", "1001h", "PT9999999999999999H"})
    void aTimeoutTooLongToWaitSaysTheLongestWithoutJavaInternals(String text) {
        assertThatThrownBy(() -> new DurationConverter().convert(text)).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("'" + text + "' is longer than infractl waits; give at most 1000h");
    }

    @Test
    void aBrokenIsoDurationSaysHowToWriteIt() {
        assertThatThrownBy(() -> new DurationConverter().convert("PTxM")).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("PT30M");
    }

    @Test
    void theCommandLineShowsNoJavaExceptionForAnOverflowingTimeout() {
        java.io.StringWriter err = new java.io.StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new java.io.PrintWriter(err, true));

        assertThat(cli.execute("provision", "--timeout", "999999999999999999h")).isEqualTo(2);
        assertThat(err.toString()).contains("at most 1000h").doesNotContain("Exception");
    }
}
