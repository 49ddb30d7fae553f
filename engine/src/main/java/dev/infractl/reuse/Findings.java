package dev.infractl.reuse;

import dev.infractl.params.Layer;
import dev.infractl.params.ParameterLayer;
import java.util.List;

/**
 * What discovery found: parameter values with their provenance (the DISCOVERED layer), what provision does to
 * each resource and why, and notes for the user (a missing job, a missing GPU profile and how to add one).
 */
public record Findings(ParameterLayer values, List<ResourceDecision> decisions, List<String> notes) {

    public Findings {
        decisions = List.copyOf(decisions);
        notes = List.copyOf(notes);
    }

    /** Discovery did not run; the reason is the one note. */
    public static Findings skipped(String reason) {
        return new Findings(ParameterLayer.empty(Layer.DISCOVERED), List.of(), List.of(reason));
    }
}
