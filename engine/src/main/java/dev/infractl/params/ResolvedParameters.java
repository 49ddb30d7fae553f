package dev.infractl.params;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of the parameter layers: every declared parameter with its effective value and source,
 * the target, and notes about things ignored on purpose (shown, never silent).
 */
public record ResolvedParameters(Target target, List<ResolvedParameter> parameters, List<String> notes) {

    public ResolvedParameters {
        parameters = List.copyOf(parameters);
        notes = List.copyOf(notes);
    }

    public Optional<ResolvedParameter> get(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The values to send with a deployment, ARM's {@code {"name": {"value": v}}} shape (Key Vault
     * references as {@code {"reference": ...}}). Template defaults are left out: ARM applies them itself.
     */
    public ObjectNode toArmParameters() {
        ObjectNode arm = JsonFiles.MAPPER.createObjectNode();
        for (ResolvedParameter parameter : parameters) {
            if (parameter.source() == null || parameter.source().layer() == Layer.TEMPLATE_DEFAULT) {
                continue;
            }
            String key = parameter.kind() == ValueKind.KEY_VAULT_REFERENCE ? "reference" : "value";
            arm.putObject(parameter.name()).set(key, parameter.value());
        }
        return arm;
    }
}
