package dev.infractl.params;

import java.util.List;

/** The values one layer supplies, in the order the layer lists them. */
public record ParameterLayer(Layer layer, List<ParameterAssignment> assignments) {

    public ParameterLayer {
        assignments = List.copyOf(assignments);
    }

    public static ParameterLayer empty(Layer layer) {
        return new ParameterLayer(layer, List.of());
    }
}
