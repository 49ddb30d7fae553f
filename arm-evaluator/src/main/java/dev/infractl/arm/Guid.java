package dev.infractl.arm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * ARM's {@code guid()}: a name-based version 5 UUID (RFC 4122, SHA-1) of the parts joined by '-' as UTF-8,
 * in Resource Manager's own namespace, written in lowercase.
 */
public final class Guid {

    private static final UUID ARM_NAMESPACE = UUID.fromString("11fb06fb-712d-4ddd-98c7-e71bbd588830");

    private Guid() {
    }

    public static String of(String... parts) {
        MessageDigest sha1 = sha1();
        sha1.update(ByteBuffer.allocate(16)
                .putLong(ARM_NAMESPACE.getMostSignificantBits())
                .putLong(ARM_NAMESPACE.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(String.join("-", parts).getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong()).toString();
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-1", e);
        }
    }
}
