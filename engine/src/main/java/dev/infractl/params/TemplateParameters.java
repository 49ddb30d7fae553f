package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.InfractlException;
import dev.infractl.JsonPaths;
import dev.infractl.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The parameters a compiled ARM template declares, in template order. */
public record TemplateParameters(Path templateFile, List<ParameterDeclaration> declarations) {

    public TemplateParameters {
        declarations = List.copyOf(declarations);
    }

    /** Reads the {@code parameters} section; a template that is not valid ARM here is bad input. */
    public static TemplateParameters from(JsonNode template, Path templateFile) {
        JsonNode section = template.path("parameters");
        List<ParameterDeclaration> declarations = new ArrayList<>();
        section.properties().forEach(entry -> declarations.add(declaration(entry.getKey(), entry.getValue(), templateFile)));
        return new TemplateParameters(templateFile, declarations);
    }

    private static ParameterDeclaration declaration(String name, JsonNode node, Path templateFile) {
        String typeName = node.path("type").asText();
        ParameterType type = ParameterType.fromArm(typeName).orElseThrow(() -> InfractlException.badInput(
                "the template declares parameter " + name + " with unknown type '" + typeName + "'",
                SourceLocation.jsonPath(templateFile, JsonPaths.child("$.parameters", name) + ".type"),
                "use string, securestring, int, bool, array, object or secureobject, then rebuild the template"));
        List<JsonNode> allowed = new ArrayList<>();
        node.path("allowedValues").forEach(allowed::add);
        return new ParameterDeclaration(name, type, node.get("defaultValue"), allowed,
                longOrNull(node.get("minValue")), longOrNull(node.get("maxValue")),
                intOrNull(node.get("minLength")), intOrNull(node.get("maxLength")),
                node.path("metadata").path("description").asText(""));
    }

    private static Long longOrNull(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.asLong();
    }

    private static Integer intOrNull(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.asInt();
    }

    /** ARM matches parameter names case-insensitively, so {@code MaximumInstanceCount} finds the declaration. */
    public Optional<ParameterDeclaration> find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return declarations.stream().filter(d -> d.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public List<String> names() {
        return declarations.stream().map(ParameterDeclaration::name).toList();
    }

    /** Layer 1: each declared default, with ARM expressions marked as such and {@code [[} unescaped. */
    public ParameterLayer defaults() {
        List<ParameterAssignment> assignments = new ArrayList<>();
        for (ParameterDeclaration declaration : declarations) {
            if (!declaration.hasDefault()) {
                continue;
            }
            JsonNode value = declaration.defaultValue();
            ParameterSource source = ParameterSource.of(Layer.TEMPLATE_DEFAULT,
                    SourceLocation.jsonPath(templateFile, declaration.jsonPath() + ".defaultValue"));
            if (ArmExpressions.isExpression(value)) {
                assignments.add(new ParameterAssignment(declaration.name(), value, ValueKind.EXPRESSION,
                        source.withDetail("expression")));
            } else {
                assignments.add(new ParameterAssignment(declaration.name(), ArmExpressions.unescape(value),
                        ValueKind.LITERAL, source));
            }
        }
        return new ParameterLayer(Layer.TEMPLATE_DEFAULT, assignments);
    }
}
