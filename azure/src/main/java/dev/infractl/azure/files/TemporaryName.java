package dev.infractl.azure.files;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The name a file is uploaded under before it is renamed into place: {@code .infractl-upload-} and 12 random
 * hex digits beside the target, 29 characters whatever the target's name, so a target of 255 characters
 * (Azure Files' limit per name) still has a temporary name. Hidden from the app's directory listings by the
 * dot; found again by its mark when a killed run left it behind.
 */
final class TemporaryName {

    static final String MARK = ".infractl-upload-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryName() {
    }

    /** A fresh temporary path in {@code folder} (share-relative, empty for the root). */
    static String in(String folder) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return (folder.isEmpty() ? "" : folder + "/") + MARK + HexFormat.of().formatHex(random);
    }

    /** True for names this and earlier versions (which put the target's name first) gave temporary files. */
    static boolean isTemporary(String name) {
        return name.startsWith(".") && name.contains(MARK);
    }
}
