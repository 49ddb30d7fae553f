package dev.infractl.deploy;

import java.util.Arrays;

/**
 * ARM's provisioningState of a deployment or of one of its operations. The Azure adapter parses the
 * string once; the engine only ever compares these constants.
 */
public enum ProvisioningState {
    NOT_SPECIFIED("NotSpecified"),
    ACCEPTED("Accepted"),
    RUNNING("Running"),
    CREATING("Creating"),
    CREATED("Created"),
    UPDATING("Updating"),
    READY("Ready"),
    DELETING("Deleting"),
    DELETED("Deleted"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    CANCELED("Canceled"),
    /** A state this version of infractl does not know; treated as still in progress. */
    UNKNOWN("Unknown");

    private final String armName;

    ProvisioningState(String armName) {
        this.armName = armName;
    }

    /** The spelling ARM uses, also the one shown to users and written to NDJSON. */
    public String armName() {
        return armName;
    }

    /** ARM stops working on a deployment in these states. */
    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELED || this == DELETED;
    }

    public boolean isFailure() {
        return this == FAILED || this == CANCELED;
    }

    /** Parses ARM's spelling, ignoring case; null or unrecognised text is {@link #UNKNOWN}. */
    public static ProvisioningState fromArm(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return Arrays.stream(values()).filter(state -> state.armName.equalsIgnoreCase(text)).findFirst().orElse(UNKNOWN);
    }
}
