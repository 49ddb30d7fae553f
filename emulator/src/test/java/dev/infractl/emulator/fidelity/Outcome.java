package dev.infractl.emulator.fidelity;

/** How one case or corpus template fared: a report line. */
record Outcome(String id, boolean passed, String reason) {

    static Outcome pass(String id) {
        return new Outcome(id, true, "");
    }

    static Outcome fail(String id, String reason) {
        return new Outcome(id, false, reason);
    }

    /** The reason an exception gives, on one line: what differed, or what the client threw. */
    static Outcome of(String id, Throwable thrown) {
        String message = thrown instanceof Mismatch ? thrown.getMessage()
                : thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
        String line = String.valueOf(message).replaceAll("\\s+", " ").trim();
        return fail(id, line.length() > 400 ? line.substring(0, 400) + "..." : line);
    }

    String line() {
        return passed ? "PASS  " + id : "FAIL  " + id + ": " + reason;
    }
}
