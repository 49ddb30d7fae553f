package dev.infractl.cli;

import java.math.BigInteger;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code --timeout}: 90s, 30m, 1h, 1h30m, or ISO-8601 such as PT30M; from 1 second to {@link #LONGEST}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    /** A week: longer than any deployment or GPU start-up, and far from the overflows of huge numbers. */
    static final Duration LONGEST = Duration.ofDays(7);
    private static final String RANGE = "a timeout is from 1s to 168h (7 days)";
    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Duration duration = text.startsWith("pt") ? iso(value, text) : shortForm(value, text);
        if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(LONGEST) > 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is out of range: " + RANGE);
        }
        return duration;
    }

    private static Duration iso(String value, String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration or is out of range ("
                    + RANGE + "); write it like 90s, 30m or 1h30m");
        }
    }

    /** Summed in BigInteger seconds, so that 999999999999999999h is out of range rather than an overflow. */
    private static Duration shortForm(String value, String text) {
        Matcher matcher = SHORT.matcher(text);
        if (text.isEmpty() || !matcher.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; write it like 90s, 30m or 1h30m");
        }
        BigInteger seconds = number(matcher.group(1)).multiply(BigInteger.valueOf(3600))
                .add(number(matcher.group(2)).multiply(BigInteger.valueOf(60))).add(number(matcher.group(3)));
        if (seconds.compareTo(BigInteger.valueOf(LONGEST.toSeconds())) > 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is out of range: " + RANGE);
        }
        return Duration.ofSeconds(seconds.longValueExact());
    }

    private static BigInteger number(String digits) {
        return digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }
}
