package dev.infractl.arm;

import java.nio.charset.StandardCharsets;

/**
 * ARM's {@code uniqueString()}: the parts joined by '-', hashed as UTF-8 with the 64-bit MurmurHash variant
 * Resource Manager uses (two 32-bit lanes with its own constants), written as 13 lowercase base32 characters.
 */
public final class UniqueString {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int C1 = 0x239b_961b;        // 597399067
    private static final int C2 = 0xab0e_9789;        // 2869860233
    private static final int MIX1 = 0x85eb_ca6b;
    private static final int MIX2 = 0xc2b2_ae35;

    private UniqueString() {
    }

    public static String of(String... parts) {
        long hash = murmurHash64(String.join("-", parts).getBytes(StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder(13);
        for (int i = 0; i < 13; i++) {
            text.append(ALPHABET.charAt((int) (hash >>> 59)));
            hash <<= 5;
        }
        return text.toString();
    }

    static long murmurHash64(byte[] data) {
        int h1 = 0;
        int h2 = 0;
        int index = 0;
        for (; index + 7 < data.length; index += 8) {
            h1 ^= Integer.rotateLeft(littleEndian(data, index, 4) * C1, 15) * C2;
            h1 = (Integer.rotateLeft(h1, 19) + h2) * 5 + 0x561c_cd1b;
            h2 ^= Integer.rotateLeft(littleEndian(data, index + 4, 4) * C2, 17) * C1;
            h2 = (Integer.rotateLeft(h2, 13) + h1) * 5 + 0x0bca_a747;
        }
        int tail = data.length - index;
        if (tail > 0) {
            h1 ^= Integer.rotateLeft(littleEndian(data, index, Math.min(tail, 4)) * C1, 15) * C2;
            if (tail > 4) {
                h2 ^= Integer.rotateLeft(littleEndian(data, index + 4, tail - 4) * C2, 17) * C1;
            }
        }
        h1 ^= data.length;
        h2 ^= data.length;
        h1 += h2;
        h2 += h1;
        h1 = finalMix(h1);
        h2 = finalMix(h2);
        h1 += h2;
        h2 += h1;
        return ((long) h2 << 32) | (h1 & 0xffff_ffffL);
    }

    private static int littleEndian(byte[] data, int from, int count) {
        int value = 0;
        for (int i = count - 1; i >= 0; i--) {
            value = (value << 8) | (data[from + i] & 0xff);
        }
        return value;
    }

    private static int finalMix(int h) {
        h ^= h >>> 16;
        h *= MIX1;
        h ^= h >>> 13;
        h *= MIX2;
        return h ^ (h >>> 16);
    }
}
