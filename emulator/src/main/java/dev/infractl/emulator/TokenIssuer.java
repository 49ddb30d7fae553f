package dev.infractl.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bearer tokens shaped like Entra ID's (a JWT with tid, oid, aud, exp), signed with a key derived from the state
 * folder's seed: a token from any emulator process on that folder is checked by signature and expiry (so a client's
 * cached token outlives an emulator restart, as with Azure), anything else is refused.
 */
final class TokenIssuer {

    static final Duration LIFETIME = Duration.ofSeconds(3599);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private final byte[] key = new byte[32];
    private final String tenantId;

    TokenIssuer(String tenantId, String seed) {
        try {
            System.arraycopy(MessageDigest.getInstance("SHA-256").digest((seed + "|token-signing")
                    .getBytes(StandardCharsets.UTF_8)), 0, key, 0, key.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
        this.tenantId = tenantId;
    }

    String tenantId() {
        return tenantId;
    }

    String issue(String clientId, Instant now) {
        return issue(clientId, now, LIFETIME);
    }

    String issue(String clientId, Instant now, Duration lifetime) {
        String header = URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        var claims = Json.object()
                .put("aud", "https://management.azure.com/")
                .put("iss", "https://sts.windows.net/" + tenantId + "/")
                .put("iat", now.getEpochSecond())
                .put("nbf", now.getEpochSecond())
                .put("exp", now.plus(lifetime).getEpochSecond())
                .put("appid", clientId)
                .put("oid", clientId)
                .put("sub", clientId)
                .put("tid", tenantId);
        String payload = URL.encodeToString(Json.text(claims).getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + URL.encodeToString(sign(header + "." + payload));
    }

    boolean accepts(String token, Instant now) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            byte[] signature = URL_DECODER.decode(parts[2]);
            if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
                return false;
            }
            var claims = Json.parse(new String(URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8));
            return claims.path("exp").asLong(0) > now.getEpochSecond();
        } catch (IllegalArgumentException | ArmFailure e) {
            return false;
        }
    }

    private byte[] sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
