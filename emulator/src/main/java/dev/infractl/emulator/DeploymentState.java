package dev.infractl.emulator;

/** A deployment's provisioningState as Resource Manager spells it. */
enum DeploymentState {
    Accepted, Running, Succeeded, Failed, Canceled;

    boolean isActive() {
        return this == Accepted || this == Running;
    }

    static DeploymentState of(String text) {
        for (DeploymentState state : values()) {
            if (state.name().equalsIgnoreCase(text)) {
                return state;
            }
        }
        return Failed;
    }
}
