package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * {@code format()}: .NET composite formatting, {@code {index[,alignment][:format]}} with {@code {{ }}} escapes.
 * Numbers understand the standard formats D, N, X and F with an optional precision.
 */
final class CompositeFormat {

    private CompositeFormat() {
    }

    static JsonNode apply(Invocation call) {
        call.expectCount(1, Integer.MAX_VALUE);
        String pattern = call.string(0);
        List<JsonNode> arguments = call.values().subList(1, call.count());
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
            } else if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end < 0) {
                    throw call.fail("the format string has a '{' without a matching '}'");
                }
                out.append(item(call, pattern.substring(i + 1, end), arguments));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return JsonValues.text(out.toString());
    }

    private static String item(Invocation call, String spec, List<JsonNode> arguments) {
        String format = "";
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            format = spec.substring(colon + 1);
            spec = spec.substring(0, colon);
        }
        int alignment = 0;
        int comma = spec.indexOf(',');
        try {
            if (comma >= 0) {
                alignment = Integer.parseInt(spec.substring(comma + 1).trim());
                spec = spec.substring(0, comma);
            }
            int index = Integer.parseInt(spec.trim());
            if (index < 0 || index >= arguments.size()) {
                throw call.fail("the format item {" + index + "} has no argument; "
                        + arguments.size() + " were given");
            }
            String text = formatted(arguments.get(index), format);
            return alignment >= 0 ? " ".repeat(Math.max(0, alignment - text.length())) + text
                    : text + " ".repeat(Math.max(0, -alignment - text.length()));
        } catch (NumberFormatException e) {
            throw call.fail("the format item {" + spec + "} is not valid");
        }
    }

    private static String formatted(JsonNode value, String format) {
        if (format.isEmpty() || !value.isNumber()) {
            return JsonValues.toText(value);
        }
        char kind = Character.toUpperCase(format.charAt(0));
        int precision = format.length() > 1 ? Integer.parseInt(format.substring(1)) : -1;
        BigDecimal number = value.decimalValue();
        switch (kind) {
            case 'D':
                String digits = number.toBigInteger().abs().toString();
                digits = "0".repeat(Math.max(0, precision - digits.length())) + digits;
                return (number.signum() < 0 ? "-" : "") + digits;
            case 'N':
                return decimal("#,##0", precision < 0 ? 2 : precision).format(number);
            case 'F':
                return decimal("0", precision < 0 ? 2 : precision).format(number);
            case 'X':
                String hex = Long.toHexString(number.longValue());
                hex = "0".repeat(Math.max(0, precision - hex.length())) + hex;
                return format.charAt(0) == 'X' ? hex.toUpperCase(Locale.ROOT) : hex;
            default:
                return JsonValues.toText(value);
        }
    }

    private static DecimalFormat decimal(String integerPart, int decimals) {
        String pattern = decimals == 0 ? integerPart : integerPart + "." + "0".repeat(decimals);
        DecimalFormat decimal = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        decimal.setRoundingMode(RoundingMode.HALF_UP);
        return decimal;
    }
}
