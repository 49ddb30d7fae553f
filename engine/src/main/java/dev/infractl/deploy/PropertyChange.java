package dev.infractl.deploy;

import java.util.Arrays;
import java.util.List;

/**
 * One property change of a what-if result: a leaf path such as {@code properties.template.scale.maxReplicas} with
 * its value before and after (JSON text, null when absent), or an array whose changed indexes are its children.
 */
public record PropertyChange(String path, Kind kind, String before, String after, List<PropertyChange> children) {

    public PropertyChange {
        children = List.copyOf(children);
    }

    /**
     * ARM's propertyChangeType, with the mark {@code az deployment group what-if} draws for it; not the resource's
     * {@link ChangeType}, whose values differ.
     */
    public enum Kind {
        CREATE("Create", "+"), DELETE("Delete", "-"), MODIFY("Modify", "~"), ARRAY("Array", "~"),
        NO_EFFECT("NoEffect", "x");

        private final String armName;
        private final String symbol;

        Kind(String armName, String symbol) {
            this.armName = armName;
            this.symbol = symbol;
        }

        public String armName() {
            return armName;
        }

        public String symbol() {
            return symbol;
        }

        /** Any other (newer) type reads as Modify: it changes something. */
        public static Kind fromArm(String text) {
            return Arrays.stream(values()).filter(kind -> kind.armName.equalsIgnoreCase(text)).findFirst().orElse(MODIFY);
        }
    }

    public static PropertyChange leaf(String path, Kind kind, String before, String after) {
        return new PropertyChange(path, kind, before, after, List.of());
    }
}
