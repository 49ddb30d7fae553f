package dev.infractl.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code --timeout}: 90s, 30m, 1h, 1h30m, or ISO-8601 such as PT30M. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
    /** Longer than any deployment or start-up waits; also keeps "now + timeout" far from overflowing. */
    static final Duration LONGEST = Duration.ofHours(1000);

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            duration = text.startsWith("pt") ? Duration.parse(text) : shortForm(value, text);
        } catch (ArithmeticException | NumberFormatException | DateTimeParseException e) {
            // picocli would show the exception's class name; say what is wrong instead
            boolean overflow = !(e instanceof DateTimeParseException) || e.getCause() instanceof ArithmeticException;
            throw new CommandLine.TypeConversionException(overflow ? tooLong(value)
                    : "'" + value + "' is not a duration; write it like 90s, 30m, 1h30m or PT30M");
        }
        if (duration.compareTo(LONGEST) > 0) {
            throw new CommandLine.TypeConversionException(tooLong(value));
        }
        return duration;
    }

    private static Duration shortForm(String value, String text) {
        Matcher matcher = SHORT.matcher(text);
        if (text.isEmpty() || !matcher.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; write it like 90s, 30m or 1h30m");
        }
        return Duration.ofHours(number(matcher.group(1))).plusMinutes(number(matcher.group(2)))
                .plusSeconds(number(matcher.group(3)));
    }

    private static String tooLong(String value) {
        return "'" + value + "' is longer than infractl waits; give at most " + LONGEST.toHours() + "h";
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
