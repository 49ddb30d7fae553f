package dev.infractl.arm.expression;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** .NET date format strings as utcNow() takes them: the standard 'u', 'o', 's' and custom patterns. */
final class DateFormats {

    private DateFormats() {
    }

    static String format(Instant instant, String format) {
        String pattern = switch (format) {
            case "u" -> "yyyy-MM-dd HH:mm:ss'Z'";
            case "s" -> "yyyy-MM-dd'T'HH:mm:ss";
            case "o", "O" -> "yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'";
            default -> javaPattern(format);
        };
        return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(instant);
    }

    /** Keeps the letters both languages share, turns 'f' into 'S', and quotes every other letter. */
    private static String javaPattern(String format) {
        StringBuilder pattern = new StringBuilder();
        for (char c : format.toCharArray()) {
            if ("yMdHhms".indexOf(c) >= 0) {
                pattern.append(c);
            } else if (c == 'f') {
                pattern.append('S');
            } else if (Character.isLetter(c)) {
                pattern.append('\'').append(c).append('\'');
            } else if (c == '\'') {
                pattern.append("''");
            } else {
                pattern.append(c);
            }
        }
        return pattern.toString();
    }
}
