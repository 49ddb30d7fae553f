package dev.infractl.azure;

import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
import dev.infractl.deploy.ArmError;
import java.util.List;

/** ARM's error shapes as the engine's {@link ArmError} tree. */
final class ArmErrors {

    private ArmErrors() {
    }

    static ArmError of(ManagementError error) {
        List<? extends ManagementError> details = error.getDetails() == null ? List.of() : error.getDetails();
        return new ArmError(error.getCode(), error.getMessage(), error.getTarget(),
                details.stream().map(ArmErrors::of).toList());
    }

    /** The response's error tree; a body without one becomes {@code HttpStatus<code>} with the exception message. */
    static ArmError of(ManagementException exception) {
        if (exception.getValue() != null && exception.getValue().getCode() != null) {
            return of(exception.getValue());
        }
        int status = exception.getResponse() == null ? 0 : exception.getResponse().getStatusCode();
        return ArmError.of("HttpStatus" + status, exception.getMessage());
    }
}
