package dev.infractl.deploy;

import java.util.Arrays;

/**
 * What a deployment would do to one resource: ARM's what-if changeType. A resource's properties have their own,
 * different set ({@link PropertyChange.Kind}: no Deploy, NoChange or Ignore, but Array and NoEffect), so the two
 * stay two types; an unknown resource change reads as Unsupported, an unknown property change as Modify.
 */
public enum ChangeType {
    CREATE("Create", "+"),
    DELETE("Delete", "-"),
    MODIFY("Modify", "~"),
    DEPLOY("Deploy", "!"),
    NO_CHANGE("NoChange", "="),
    IGNORE("Ignore", "*"),
    UNSUPPORTED("Unsupported", "?");

    private final String armName;
    private final String symbol;

    ChangeType(String armName, String symbol) {
        this.armName = armName;
        this.symbol = symbol;
    }

    public String armName() {
        return armName;
    }

    /** The one-character mark of a plan line, as az and Terraform draw them. */
    public String symbol() {
        return symbol;
    }

    /** Whether deploying would change Azure (what {@code plan --detailed-exitcode} reports as 10). */
    public boolean changesSomething() {
        return this == CREATE || this == DELETE || this == MODIFY || this == DEPLOY;
    }

    public static ChangeType fromArm(String text) {
        return Arrays.stream(values()).filter(type -> type.armName.equalsIgnoreCase(text)).findFirst().orElse(UNSUPPORTED);
    }
}
