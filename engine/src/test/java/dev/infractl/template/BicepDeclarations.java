package dev.infractl.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The top-level declarations of a .bicep file, in source order. */
record BicepDeclarations(List<BicepParameter> parameters, List<String> variables, List<BicepResource> resources,
                         List<BicepOutput> outputs) {

    /** What Bicep would write into ARM JSON for these declarations. */
    TemplateShape shape() {
        Map<String, ParameterShape> shapes = new TreeMap<>();
        parameters.forEach(parameter -> shapes.put(parameter.name(), shapeOf(parameter)));
        List<String> resourceShapes = new ArrayList<>();
        resources.stream().filter(resource -> !resource.existing())
                .forEach(resource -> resourceShapes.add(resource.typeAtApiVersion() + " " + armName(resource)));
        resourceShapes.sort(null);
        Map<String, String> outputTypes = new TreeMap<>();
        outputs.forEach(output -> outputTypes.put(output.name(), output.type()));
        return new TemplateShape(shapes, List.copyOf(resourceShapes), outputTypes);
    }

    /** A child's name is its parents' names and its own, joined by '/', as Bicep writes it. */
    private String armName(BicepResource resource) {
        List<String> segments = nameSegments(resource);
        if (segments.size() == 1) {
            String only = segments.get(0);
            return only.startsWith("'") ? only.substring(1, only.length() - 1).replace("''", "'") : "[" + only + "]";
        }
        StringBuilder pattern = new StringBuilder();
        for (int index = 0; index < segments.size(); index++) {
            pattern.append(index == 0 ? "" : "/").append('{').append(index).append('}');
        }
        return "[format('" + pattern + "', " + String.join(", ", segments) + ")]";
    }

    private List<String> nameSegments(BicepResource resource) {
        List<String> segments = new ArrayList<>();
        resource.parent().ifPresent(parent -> segments.addAll(nameSegments(resourceNamed(parent))));
        segments.add(armSegment(resource.name()));
        return segments;
    }

    private String armSegment(String bicepName) {
        if (parameters.stream().anyMatch(parameter -> parameter.name().equals(bicepName))) {
            return "parameters('" + bicepName + "')";
        }
        if (variables.contains(bicepName)) {
            return "variables('" + bicepName + "')";
        }
        if (BicepText.isSingleString(bicepName) && !bicepName.contains("${")) {
            return "'" + BicepText.unquote(bicepName).replace("'", "''") + "'";
        }
        throw new IllegalArgumentException("the test's Bicep reader does not translate this resource name: "
                + bicepName);
    }

    private BicepResource resourceNamed(String symbolicName) {
        return resources.stream().filter(resource -> resource.symbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no resource named " + symbolicName));
    }

    private static ParameterShape shapeOf(BicepParameter parameter) {
        Map<String, String> decorators = parameter.decorators();
        List<JsonNode> allowed = new ArrayList<>();
        if (decorators.containsKey("allowed")) {
            BicepText.arrayElements(decorators.get("allowed"))
                    .forEach(value -> allowed.add(BicepExpressions.toArm(value)));
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
