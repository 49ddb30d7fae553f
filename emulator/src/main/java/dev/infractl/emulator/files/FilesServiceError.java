package dev.infractl.emulator.files;

/**
 * A refusal of the Files service: HTTP status plus the error code the real service sends in
 * {@code x-ms-error-code} and in its XML body, which is what the SDK's ShareStorageException exposes.
 */
final class FilesServiceError extends RuntimeException {

    private final int status;
    private final String code;
    private String detail;

    FilesServiceError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static FilesServiceError shareNotFound() {
        return new FilesServiceError(404, "ShareNotFound", "The specified share does not exist.");
    }

    static FilesServiceError resourceNotFound() {
        return new FilesServiceError(404, "ResourceNotFound", "The specified resource does not exist.");
    }

    static FilesServiceError parentNotFound() {
        return new FilesServiceError(404, "ParentNotFound", "The specified parent path does not exist.");
    }

    static FilesServiceError alreadyExists() {
        return new FilesServiceError(409, "ResourceAlreadyExists", "The specified resource already exists.");
    }

    static FilesServiceError badRequest(String code, String message) {
        return new FilesServiceError(400, code, message);
    }

    /** The service's AuthenticationErrorDetail: what it signed, so a client author can compare. */
    FilesServiceError withDetail(String text) {
        this.detail = text;
        return this;
    }

    String detail() {
        return detail;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
