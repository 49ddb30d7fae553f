package dev.infractl.params;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.infractl.config.JsonFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging is a pure function from layers to values: later layers win, undeclared names are skipped. */
class ParameterMergeTest {

    private final TemplateParameters template = TemplateParameters.from(
            JsonFiles.parse(null, TestProject.templateText()), Path.of("inference.json"));

    @Test
    void eachLayerOverridesTheOnesBeforeIt() {
        List<ParameterLayer> layers = List.of(template.defaults(),
                layer(Layer.FINETUNING_PARAMETERS, "maximumInstanceCount", 2),
                layer(Layer.INFERENCE_PARAMETERS, "maximumInstanceCount", 3),
                layer(Layer.COMMAND_LINE, "maximumInstanceCount", 4));

        ResolvedParameter count = find(ParameterMerge.merge(template, layers), "maximumInstanceCount");

        assertThat(count.value()).isEqualTo(IntNode.valueOf(4));
        assertThat(count.source().layer()).isEqualTo(Layer.COMMAND_LINE);
    }

    @Test
    void aParameterNoLayerSetsAndWithoutDefaultIsMissing() {
        TemplateParameters required = TemplateParameters.from(
                JsonFiles.parse(null, "{\"parameters\": {\"name\": {\"type\": \"string\"}}}"), null);

        assertThat(ParameterMerge.merge(required, List.of(required.defaults())))
                .singleElement().extracting(ResolvedParameter::kind).isEqualTo(ValueKind.MISSING);
    }

    @Test
    void namesTheTemplateDoesNotDeclareAreSkipped() {
        List<ResolvedParameter> merged = ParameterMerge.merge(template, List.of(layer(Layer.COMMAND_LINE, "nope", 1)));

        assertThat(merged).extracting(ResolvedParameter::name).doesNotContain("nope").hasSize(template.names().size());
    }

    @Test
    void namesMatchCaseInsensitivelyAsInArm() {
        ResolvedParameter count = find(ParameterMerge.merge(template,
                List.of(layer(Layer.COMMAND_LINE, "MaximumInstanceCount", 7))), "maximumInstanceCount");

        assertThat(count.value()).isEqualTo(IntNode.valueOf(7));
    }

    @Test
    void escapedBracketsInDefaultsAreLiterals() {
        TemplateParameters escaped = TemplateParameters.from(JsonFiles.parse(null,
                "{\"parameters\": {\"p\": {\"type\": \"string\", \"defaultValue\": \"[[not an expression]\"}}}"), null);

        ResolvedParameter p = ParameterMerge.merge(escaped, List.of(escaped.defaults())).get(0);

        assertThat(p.kind()).isEqualTo(ValueKind.LITERAL);
        assertThat(p.value()).isEqualTo(TextNode.valueOf("[not an expression]"));
    }

    private static ParameterLayer layer(Layer layer, String name, int value) {
        return new ParameterLayer(layer, List.of(new ParameterAssignment(name, IntNode.valueOf(value), ValueKind.LITERAL,
                ParameterSource.of(layer, null))));
    }

    private static ResolvedParameter find(List<ResolvedParameter> merged, String name) {
        return merged.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
