package dev.infractl.emulator.files;

import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Shared access signatures on the Files data plane, as the service checks them: a service SAS for a share
 * ({@code sr=s}) or a file ({@code sr=f}), or an account SAS ({@code ss} naming {@code f}). The signature is an
 * HMAC-SHA256 with the account key over the fields the "Create a service SAS" and "Create an account SAS" pages list
 * for the token's version; a refusal is the 403 Azure sends, with its error code. A signature is never echoed back.
 */
final class SharedAccessSignature {

    private static final String SES_VERSION = "2020-12-06";

    private SharedAccessSignature() {
    }

    /** Passes quietly or throws the service's 403 for this token on this request. */
    static void authorize(FilesRequest request, SharePath path, Map<String, String> query, String account, String key,
                          Instant now) {
        String version = query.get("sv");
        String signature = query.get("sig");
        boolean accountSas = query.containsKey("ss");
        if (version == null || signature == null || (!accountSas && !query.containsKey("sr"))
                || (accountSas && !query.containsKey("srt"))) {
            throw failed("Signature fields not well formed.");
        }
        String stringToSign = accountSas ? accountStringToSign(query, account) : serviceStringToSign(query, resource(query, path));
        if (!SharedKeySignature.matches(sign(key, stringToSign), signature)) {
            throw failed("Signature did not match. String to sign used was " + stringToSign.replace("\n", "\\n"));
        }
        if (query.containsKey("si")) {
            throw failed("The signed identifier is not a stored access policy of the share (the emulator keeps none).");
        }
        inTime(query, now);
        SasOperation needed = SasOperation.of(request.method(), path, query);
        if (accountSas && !query.get("ss").contains("f")) {
            throw refused("AuthorizationServiceMismatch", "service");
        }
        if (accountSas && !query.get("srt").contains(String.valueOf(needed.resourceType()))) {
            throw refused("AuthorizationResourceTypeMismatch", "resource type");
        }
        if (!accountSas && (path.share() == null || needed.resourceType() == SasOperation.SERVICE
                || (needed.resourceType() == SasOperation.CONTAINER && !needed.permissions().equals("l")))) {
            throw refused("AuthorizationResourceTypeMismatch", "resource type");
        }
        if (query.containsKey("sip") && !inRange(request.peer(), query.get("sip"))) {
            throw refused("AuthorizationSourceIPMismatch", "source IP " + request.peer().getHostAddress());
        }
        if ("https".equals(query.get("spr")) && !request.secure()) {
            throw refused("AuthorizationProtocolMismatch", "protocol");
        }
        if (needed.permissions().chars().noneMatch(p -> query.getOrDefault("sp", "").indexOf(p) >= 0)) {
            throw refused("AuthorizationPermissionMismatch", "permission");
        }
    }

    /** The share, or the one file signed for. */
    private static String resource(Map<String, String> query, SharePath path) {
        return "/file/" + path.account() + "/" + (path.share() == null ? "" : path.share())
                + ("f".equals(query.get("sr")) && !path.isShareRoot() ? "/" + path.path() : "");
    }

    /** Service SAS, versions 2015-04-05 on (the same fields for a file or share as for a blob of those versions). */
    static String serviceStringToSign(Map<String, String> query, String resource) {
        return String.join("\n", List.of(v(query, "sp"), v(query, "st"), v(query, "se"), resource, v(query, "si"),
                v(query, "sip"), v(query, "spr"), v(query, "sv"), v(query, "rscc"), v(query, "rscd"), v(query, "rsce"),
                v(query, "rscl"), v(query, "rsct")));
    }

    /** Account SAS: the encryption scope line joined the string in version 2020-12-06. */
    static String accountStringToSign(Map<String, String> query, String account) {
        String text = String.join("\n", List.of(account, v(query, "sp"), v(query, "ss"), v(query, "srt"), v(query, "st"),
                v(query, "se"), v(query, "sip"), v(query, "spr"), v(query, "sv"))) + "\n";
        return v(query, "sv").compareTo(SES_VERSION) >= 0 ? text + v(query, "ses") + "\n" : text;
    }

    private static void inTime(Map<String, String> query, Instant now) {
        Instant start = time(query.get("st"));
        Instant expiry = time(query.get("se"));
        if (expiry == null || now.isAfter(expiry) || (start != null && now.isBefore(start))) {
            DateTimeFormatter http = DateTimeFormatter.RFC_1123_DATE_TIME;
            throw failed("Signature not valid in the specified time frame: Start ["
                    + (start == null ? "" : http.format(start.atOffset(ZoneOffset.UTC))) + "] - Expiry ["
                    + (expiry == null ? "" : http.format(expiry.atOffset(ZoneOffset.UTC))) + "] - Current ["
                    + http.format(now.atOffset(ZoneOffset.UTC)) + "]");
        }
    }

    /** ISO 8601 in UTC, with or without the time of day, as the docs allow for st and se. */
    private static Instant time(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("T") ? OffsetDateTime.parse(text).toInstant()
                    : LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw failed("Signature fields not well formed.");
        }
    }

    private static boolean inRange(InetAddress peer, String range) {
        String[] ends = range.split("-", 2);
        long address = ipv4(peer.getHostAddress());
        return address >= ipv4(ends[0]) && address <= ipv4(ends[ends.length - 1]);
    }

    private static long ipv4(String text) {
        long value = 0;
        for (String part : text.trim().split("\\.")) {
            try {
                value = value * 256 + Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return -1; // IPv6 or a name: matches no IPv4 range
            }
        }
        return value;
    }

    static String sign(String key, String stringToSign) {
        try {
            return SharedKeySignature.sign(key, stringToSign);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw failed("The account key could not be used: " + e.getMessage());
        }
    }

    private static String v(Map<String, String> query, String name) {
        return query.getOrDefault(name, "");
    }

    static FilesServiceError failed(String detail) {
        return new FilesServiceError(403, "AuthenticationFailed", "Server failed to authenticate the request. Make sure"
                + " the value of Authorization header is formed correctly including the signature.").withDetail(detail);
    }

    private static FilesServiceError refused(String code, String what) {
        return new FilesServiceError(403, code, "This request is not authorized to perform this operation using this "
                + what + ".");
    }
}
