package dev.infractl.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code --timeout}: 90s, 30m, 1h, 1h30m, or ISO-8601 such as PT30M. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("pt")) {
            return Duration.parse(text);
        }
        Matcher matcher = SHORT.matcher(text);
        if (text.isEmpty() || !matcher.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; write it like 90s, 30m or 1h30m");
        }
        return Duration.ofHours(number(matcher.group(1))).plusMinutes(number(matcher.group(2)))
                .plusSeconds(number(matcher.group(3)));
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
