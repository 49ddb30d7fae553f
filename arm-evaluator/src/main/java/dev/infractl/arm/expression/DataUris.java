package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.Locale;

/**
 * dataUri() and dataUriToString() as Resource Manager's engine answers them: a string becomes
 * {@code data:text/plain;charset=utf8;base64,...} of its UTF-8 bytes, any other value its compact JSON as
 * {@code application/json}; reading back follows RFC 2397 ({@code data:[type][;name=value]*[;base64],data}), decodes
 * the bytes in the URI's charset (US-ASCII when none is named, as the RFC says; an unreadable byte reads '?', as in
 * .NET) and refuses anything else.
 */
final class DataUris {

    private DataUris() {
    }

    static JsonNode encode(Invocation call) {
        JsonNode value = call.expectCount(1, 1).value(0);
        String type = value.isTextual() ? "text/plain" : "application/json";
        String text = value.isTextual() ? value.asText() : JsonValues.compactJson(value);
        return JsonValues.text("data:" + type + ";charset=utf8;base64,"
                + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode decode(Invocation call) {
        String uri = call.expectCount(1, 1).string(0);
        int comma = uri.indexOf(',');
        if (!uri.regionMatches(true, 0, "data:", 0, 5) || comma < 0) {
            throw malformed(call, uri);
        }
        String[] header = uri.substring(5, comma).split(";", -1);
        boolean base64 = header.length > 1 && header[header.length - 1].equalsIgnoreCase("base64");
        Charset charset = StandardCharsets.US_ASCII;
        for (int i = 1; i < header.length - (base64 ? 1 : 0); i++) {
            int equals = header[i].indexOf('=');
            if (equals <= 0) {
                throw malformed(call, uri);
            }
            if (header[i].substring(0, equals).trim().equalsIgnoreCase("charset")) {
                charset = charset(call, header[i].substring(equals + 1).trim());
            }
        }
        String payload = uri.substring(comma + 1);
        byte[] bytes;
        try {
            bytes = base64 ? Base64.getDecoder().decode(PercentEncoding.decode(payload))
                    : PercentEncoding.decodeBytes(payload);
        } catch (IllegalArgumentException e) {
            throw call.fail("the data of the data URI '" + uri + "' is not valid base64");
        }
        return JsonValues.text(text(bytes, charset));
    }

    /** As .NET decodes: a byte the charset cannot read becomes '?'. */
    private static String text(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("?")
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen: every error is replaced
        }
    }

    /** .NET names such as {@code utf8} (what dataUri() itself writes) are read as the charset they mean. */
    private static Charset charset(Invocation call, String name) {
        String normal = name.toLowerCase(Locale.ROOT);
        try {
            return switch (normal) {
                case "utf8" -> StandardCharsets.UTF_8;
                case "utf16", "utf-16", "unicode" -> StandardCharsets.UTF_16LE; // .NET reads UTF-16 as little-endian
                default -> Charset.forName(normal);
            };
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw call.fail("the provided charset '" + name + "' is not supported");
        }
    }

    private static RuntimeException malformed(Invocation call, String uri) {
        return call.fail("expects its parameter to be formatted as a valid data URI; the provided value '" + uri
                + "' was not formatted correctly (data:[type][;name=value][;base64],data)");
    }
}
