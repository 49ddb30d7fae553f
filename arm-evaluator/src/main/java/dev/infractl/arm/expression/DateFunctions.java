package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/** dateTimeAdd(), dateTimeToEpoch() and dateTimeFromEpoch(); utcNow() lives with the deployment functions. */
final class DateFunctions {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE)
                    .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
                    .optionalStart().appendOffsetId().optionalEnd().toFormatter(),
            new DateTimeFormatterBuilder().appendPattern("uuuuMMdd")
                    .optionalStart().appendPattern("'T'HHmmss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
                    .optionalEnd().optionalEnd()
                    .optionalStart().appendOffset("+HHMM", "Z").optionalEnd().toFormatter());

    private DateFunctions() {
    }

    static void register(Map<String, TemplateFunction> functions) {
        functions.put("dateTimeAdd", DateFunctions::dateTimeAdd);
        functions.put("dateTimeToEpoch", call -> JsonValues.integer(instant(call, call.expectCount(1, 1).string(0))
                .getEpochSecond()));
        functions.put("dateTimeFromEpoch", call -> JsonValues.text(
                Instant.ofEpochSecond(call.expectCount(1, 1).integer(0)).toString()));
    }

    /** dateTimeAdd(base, ISO 8601 duration such as P1D or -PT1H, [format]). */
    private static JsonNode dateTimeAdd(Invocation call) {
        call.expectCount(2, 3);
        OffsetDateTime base = instant(call, call.string(0)).atOffset(ZoneOffset.UTC);
        String duration = call.string(1);
        boolean negative = duration.startsWith("-");
        String positive = negative ? duration.substring(1) : duration;
        int time = positive.indexOf('T');
        try {
            Period period = time == 1 ? Period.ZERO : Period.parse(time < 0 ? positive : positive.substring(0, time));
            Duration clock = time < 0 ? Duration.ZERO : Duration.parse("P" + positive.substring(time));
            OffsetDateTime result = negative ? base.minus(period).minus(clock) : base.plus(period).plus(clock);
            String format = call.count() == 3 ? call.string(2) : "yyyy-MM-ddTHH:mm:ssZ";
            return JsonValues.text(DateFormats.format(result.toInstant(), format));
        } catch (DateTimeParseException e) {
            throw call.fail("'" + duration + "' is not an ISO 8601 duration such as P1D or PT1H");
        }
    }

    /**
     * ISO 8601 as .NET reads it: extended ({@code 2020-04-07T14:53:14Z}) or basic ({@code 20200407T145314Z}, what
     * utcNow() gives by default); without an offset, UTC; a date alone is midnight.
     */
    private static Instant instant(Invocation call, String text) {
        String trimmed = text.trim().replace(' ', 'T');
        for (DateTimeFormatter format : FORMATS) {
            try {
                TemporalAccessor parsed = format.parseBest(trimmed, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
                if (parsed instanceof OffsetDateTime withOffset) {
                    return withOffset.toInstant();
                }
                if (parsed instanceof LocalDateTime local) {
                    return local.toInstant(ZoneOffset.UTC);
                }
                return ((LocalDate) parsed).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw call.fail("'" + text + "' is not a date and time such as 2020-04-07T14:53:14Z or 20200407T145314Z");
    }
}
