package dev.infractl.emulator.fidelity;

/** An answer that differs from Azure's; the message is the reason a FAIL line shows. */
final class Mismatch extends RuntimeException {

    Mismatch(String reason) {
        super(reason, null, false, false);
    }
}
