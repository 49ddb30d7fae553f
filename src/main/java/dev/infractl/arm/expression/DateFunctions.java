package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** dateTimeAdd(), dateTimeToEpoch() and dateTimeFromEpoch(); utcNow() lives with the deployment functions. */
final class DateFunctions {

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

    private static Instant instant(Invocation call, String text) {
        try {
            return OffsetDateTime.parse(text.trim().replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            throw call.fail("'" + text + "' is not a date and time such as 2020-04-07T14:53:14Z");
        }
    }
}
