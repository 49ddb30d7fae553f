package dev.infractl.params;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Layers in, effective values out: a pure function, so each layer's precedence is easy to test.
 * Names the template does not declare are skipped here; validation reports them.
 */
public final class ParameterMerge {

    private ParameterMerge() {
    }

    /** Applies {@code layers} in the order given (lowest first); returns one value per declaration, in template order. */
    public static List<ResolvedParameter> merge(TemplateParameters template, List<ParameterLayer> layers) {
        Map<String, ResolvedParameter> byName = new LinkedHashMap<>();
        for (ParameterDeclaration declaration : template.declarations()) {
            byName.put(declaration.name(), ResolvedParameter.missing(declaration));
        }
        for (ParameterLayer layer : layers) {
            for (ParameterAssignment assignment : layer.assignments()) {
                Optional<ParameterDeclaration> declaration = template.find(assignment.name());
                declaration.ifPresent(d -> byName.put(d.name(),
                        new ResolvedParameter(d, assignment.value(), assignment.kind(), assignment.source())));
            }
        }
        return List.copyOf(byName.values());
    }
}
