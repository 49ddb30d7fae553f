package dev.infractl.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.infractl.params.Layer;
import dev.infractl.params.ParameterAssignment;
import dev.infractl.params.ParameterLayer;
import dev.infractl.params.ParameterSource;
import dev.infractl.params.ResolvedParameter;
import dev.infractl.params.ResolvedParameters;
import dev.infractl.params.ValueKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values discovery proposes, each with where it was found, over the values in effect without discovery.
 * A value the user set in inference.parameters.json or on the command line is pinned: discovery looks it up
 * but never proposes another.
 */
final class Proposals {

    private final ResolvedParameters provisional;
    private final Map<String, ParameterAssignment> proposed = new LinkedHashMap<>();
    private final Map<String, String> origins = new HashMap<>();

    Proposals(ResolvedParameters provisional) {
        this.provisional = provisional;
    }

    boolean declared(String parameter) {
        return provisional.get(parameter).isPresent();
    }

    /** Whether the template accepts {@code value} for {@code parameter} (declared, and in its allowed values if any). */
    boolean allowed(String parameter, String value) {
        return provisional.get(parameter).map(p -> p.declaration().allowedValues().isEmpty()
                || p.declaration().allowedValues().stream().anyMatch(v -> v.asText().equals(value))).orElse(false);
    }

    boolean pinned(String parameter) {
        return provisional.get(parameter).map(ResolvedParameter::source)
                .filter(source -> source.layer().ordinal() > Layer.DISCOVERED.ordinal()).isPresent();
    }

    /** The text value in effect: proposed, else from the layers; null when unknown or not yet evaluated. */
    String value(String parameter) {
        ParameterAssignment mine = proposed.get(parameter);
        if (mine != null) {
            return mine.value().asText();
        }
        return provisional.get(parameter).filter(p -> p.kind() == ValueKind.LITERAL && p.value().isTextual())
                .map(p -> p.value().asText()).orElse(null);
    }

    /** Where the value in effect comes from, as {@code params} shows it. */
    String origin(String parameter) {
        return Optional.ofNullable(origins.get(parameter))
                .orElseGet(() -> provisional.get(parameter).map(ResolvedParameter::sourceText).orElse("not set"));
    }

    void propose(String parameter, String value, String origin) {
        propose(parameter, TextNode.valueOf(value), origin);
    }

    /** A reuse switch; left alone when the template has none or the user set it. */
    void propose(String parameter, boolean value, String origin) {
        propose(parameter, BooleanNode.valueOf(value), origin);
    }

    private void propose(String parameter, JsonNode value, String origin) {
        if (!declared(parameter) || pinned(parameter)) {
            return;
        }
        origins.put(parameter, origin + " (ARM)");
        proposed.put(parameter, new ParameterAssignment(parameter, value, ValueKind.LITERAL,
                new ParameterSource(Layer.DISCOVERED, null, origin)));
    }

    ParameterLayer layer() {
        return new ParameterLayer(Layer.DISCOVERED, proposed.values().stream().toList());
    }
}
