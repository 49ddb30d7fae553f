package dev.infractl.arm.expression;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * uriComponent() and its inverse as Resource Manager's engine does them (.NET's Uri.EscapeDataString and
 * UnescapeDataString): everything but RFC 3986's unreserved characters is escaped, as UTF-8 with upper-case hex;
 * decoding leaves '+' and malformed escapes as written.
 */
final class PercentEncoding {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0 && UNRESERVED.indexOf(b) >= 0) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return encoded.toString();
    }

    static String decode(String text) {
        return new String(decodeBytes(text), StandardCharsets.UTF_8);
    }

    /** The bytes the escapes stand for; characters written as such count as their UTF-8 bytes. */
    static byte[] decodeBytes(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int high = i + 2 < raw.length && raw[i] == '%' ? Character.digit(raw[i + 1], 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw[i + 2], 16);
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toByteArray();
    }
}
