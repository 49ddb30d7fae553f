package dev.infractl.preflight;

/**
 * The outcome of one preflight check: what was checked, whether it passed, what was found, and how to fix it.
 *
 * @param fix empty when the check passed
 */
public record CheckResult(String name, boolean ok, String message, String fix) {

    public static CheckResult passed(String name, String message) {
        return new CheckResult(name, true, message, "");
    }

    public static CheckResult failed(String name, String message, String fix) {
        return new CheckResult(name, false, message, fix);
    }

    CheckResult withFix(String extra) {
        return new CheckResult(name, ok, message, fix.isEmpty() ? extra : fix + "; " + extra);
    }
}
