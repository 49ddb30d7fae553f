package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The top-level declarations of a .bicep file, in source order. */
record BicepDeclarations(List<BicepParameter> parameters, List<BicepResource> resources, List<BicepOutput> outputs) {

    /** What Bicep would write into ARM JSON for these declarations. */
    TemplateShape shape() {
        Map<String, ParameterShape> shapes = new TreeMap<>();
        parameters.forEach(parameter -> shapes.put(parameter.name(), shapeOf(parameter)));
        List<String> resourceTypes = new ArrayList<>();
        resources.stream().filter(resource -> !resource.existing())
                .forEach(resource -> resourceTypes.add(resource.typeAtApiVersion()));
        resourceTypes.sort(null);
        Map<String, String> outputTypes = new TreeMap<>();
        outputs.forEach(output -> outputTypes.put(output.name(), output.type()));
        return new TemplateShape(shapes, List.copyOf(resourceTypes), outputTypes);
    }

    private static ParameterShape shapeOf(BicepParameter parameter) {
        Map<String, String> decorators = parameter.decorators();
        List<JsonNode> allowed = new ArrayList<>();
        if (decorators.containsKey("allowed")) {
            BicepText.arrayElements(decorators.get("allowed")).forEach(value -> allowed.add(BicepExpressions.toArm(value)));
        }
        String description = decorators.containsKey("description")
                ? BicepText.unquote(decorators.get("description")) : null;
        return new ParameterShape(
                armType(parameter.type(), decorators.containsKey("secure")),
                parameter.defaultExpression().map(BicepExpressions::toArm).orElse(null),
                List.copyOf(allowed),
                number(decorators.get("minValue")),
                number(decorators.get("maxValue")),
                number(decorators.get("minLength")),
                number(decorators.get("maxLength")),
                description);
    }

    private static String armType(String bicepType, boolean secure) {
        if (secure) {
            return bicepType.equals("object") ? "secureObject" : "securestring";
        }
        return bicepType;
    }

    private static Long number(String argument) {
        return argument == null ? null : Long.valueOf(argument.strip());
    }
}
