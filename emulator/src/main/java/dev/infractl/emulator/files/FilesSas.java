package dev.infractl.emulator.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * SAS tokens as Resource Manager's {@code listServiceSas} and {@code listAccountSas} make them, signed with the
 * account's key the way the Files data plane checks them, so a token from ARM opens what it names.
 */
public final class FilesSas {

    /** The version ARM's tokens carry. */
    public static final String VERSION = "2015-04-05";

    private FilesSas() {
    }

    /**
     * @param canonicalizedResource {@code /file/account/share[/path]} as the request names it
     * @param fields                query names to values ({@code sr}, {@code sp}, {@code st}, {@code se}, {@code sip},
     *                              {@code spr}, {@code si}, {@code rscc}...); empty values are left out
     */
    public static String serviceToken(String canonicalizedResource, Map<String, String> fields, String key) {
        Map<String, String> query = withVersion(fields);
        return token(query, SharedAccessSignature.sign(key,
                SharedAccessSignature.serviceStringToSign(query, canonicalizedResource)));
    }

    /** @param fields {@code ss}, {@code srt}, {@code sp}, {@code st}, {@code se}, {@code sip}, {@code spr} */
    public static String accountToken(String account, Map<String, String> fields, String key) {
        Map<String, String> query = withVersion(fields);
        return token(query, SharedAccessSignature.sign(key, SharedAccessSignature.accountStringToSign(query, account)));
    }

    private static Map<String, String> withVersion(Map<String, String> fields) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("sv", VERSION);
        fields.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                query.put(name, value);
            }
        });
        return query;
    }

    private static String token(Map<String, String> query, String signature) {
        StringJoiner token = new StringJoiner("&");
        query.forEach((name, value) -> token.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return token.add("sig=" + URLEncoder.encode(signature, StandardCharsets.UTF_8)).toString();
    }
}
