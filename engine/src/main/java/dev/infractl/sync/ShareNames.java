package dev.infractl.sync;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The names Azure Files can hold ("Naming and referencing shares, directories, files, and metadata"): no
 * {@code " \ : | < > * ?}, no control characters, at most 255 characters per component, none of the DOS
 * device names. A path is checked before anything is sent, so a name the service would refuse is a warning
 * about that file, not a failed request in the middle of a run. {@code #}, {@code %}, spaces and any other
 * Unicode are fine: the SDK percent-encodes them.
 */
final class ShareNames {

    static final int MAX_COMPONENT = 255;
    private static final String FORBIDDEN = "\"\\:|<>*?";
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "CLOCK$", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
            "LPT8", "LPT9");

    private ShareNames() {
    }

    /** Why Azure Files cannot hold {@code path} (relative, {@code /}-separated), or empty when it can. */
    static Optional<String> problem(String path) {
        for (String component : path.split("/", -1)) {
            if (component.isEmpty() || component.equals(".") || component.equals("..")) {
                return Optional.of("the path has an empty, '.' or '..' component");
            }
            if (component.length() > MAX_COMPONENT) {
                return Optional.of("a name has " + component.length() + " characters; Azure Files allows " + MAX_COMPONENT);
            }
            if (DEVICES.contains(component.toUpperCase(Locale.ROOT))) {
                return Optional.of("Azure Files does not allow the name " + component);
            }
            for (int i = 0; i < component.length(); i++) {
                char c = component.charAt(i);
                if (c < 0x20 || c == 0x7f) {
                    return Optional.of("the name has a control character (U+" + String.format("%04X", (int) c)
                            + "), which Azure Files does not allow");
                }
                if (FORBIDDEN.indexOf(c) >= 0) {
                    return Optional.of("Azure Files does not allow the character " + c + " in names (nor any of "
                            + FORBIDDEN + ")");
                }
                if (c == '\uFFFD') {
                    return Optional.of("the name is not readable in this locale's character set; run with a UTF-8"
                            + " locale (scripts/infractl sets one; or export LC_ALL=C.UTF-8)");
                }
                if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < component.length()
                        && Character.isLowSurrogate(component.charAt(++i)))) {
                    return Optional.of("the name is not valid Unicode");
                }
            }
        }
        return Optional.empty();
    }
}
