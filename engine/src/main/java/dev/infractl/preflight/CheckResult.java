package dev.infractl.preflight;

/**
 * The outcome of one preflight check: what was checked, whether it passed, what was found, and how to fix it.
 *
 * @param fix     empty when the check passed
 * @param checked false when Resource Manager could not answer the question (refused, unreachable, an API this
 *                endpoint does not offer): such a check stops nothing, since it found no problem; Azure decides
 */
public record CheckResult(String name, boolean ok, String message, String fix, boolean checked) {

    public static CheckResult passed(String name, String message) {
        return new CheckResult(name, true, message, "", true);
    }

    public static CheckResult failed(String name, String message, String fix) {
        return new CheckResult(name, false, message, fix, true);
    }

    /** A question Resource Manager did not answer; {@code why} is its answer, {@code fix} how to see more. */
    public static CheckResult unchecked(String name, String why, String fix) {
        return new CheckResult(name, true, "not checked: " + why, fix, false);
    }

    CheckResult withFix(String extra) {
        return new CheckResult(name, ok, message, fix.isEmpty() ? extra : fix + "; " + extra, checked);
    }
}
