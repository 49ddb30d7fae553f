package dev.infractl.emulator;

/** An HTTP status with an ARM error, thrown by a route and answered as {@code {"error": ...}}. */
final class ArmFailure extends RuntimeException {

    private final int status;
    private final ArmError error;

    ArmFailure(int status, ArmError error) {
        super(error.code() + ": " + error.message());
        this.status = status;
        this.error = error;
    }

    int status() {
        return status;
    }

    ArmError error() {
        return error;
    }

    static ArmFailure notFound(String code, String message) {
        return new ArmFailure(404, ArmError.of(code, message));
    }

    static ArmFailure badRequest(String code, String message) {
        return new ArmFailure(400, ArmError.of(code, message));
    }

    static ArmFailure conflict(String code, String message) {
        return new ArmFailure(409, ArmError.of(code, message));
    }
}
