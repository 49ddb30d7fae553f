package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.infractl.arm.ResourceState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The template functions by name; ARM function names are case-insensitive. */
public final class FunctionRegistry {

    private final Map<String, TemplateFunction> functions;

    private FunctionRegistry(Map<String, TemplateFunction> functions) {
        this.functions = Map.copyOf(functions);
    }

    public static FunctionRegistry standard() {
        Map<String, TemplateFunction> functions = new HashMap<>();
        StringFunctions.register(functions);
        CollectionFunctions.register(functions);
        ComparisonFunctions.register(functions);
        LogicalFunctions.register(functions);
        NumericFunctions.register(functions);
        ConversionFunctions.register(functions);
        DeploymentFunctions.register(functions);
        ResourceFunctions.register(functions);
        ObjectFunctions.register(functions);
        DateFunctions.register(functions);
        LambdaFunctions.register(functions);
        Map<String, TemplateFunction> byLowerCaseName = new HashMap<>();
        functions.forEach((name, function) -> byLowerCaseName.put(name.toLowerCase(Locale.ROOT), function));
        return new FunctionRegistry(byLowerCaseName);
    }

    /**
     * This registry plus the functions a template declares:
     * {@code "functions": [{"namespace": "ns", "members": {"name": {"parameters": [...], "output": {...}}}}]}.
     */
    public FunctionRegistry withUserFunctions(JsonNode declarations) {
        if (declarations == null || !declarations.isArray() || declarations.isEmpty()) {
            return this;
        }
        Map<String, TemplateFunction> all = new HashMap<>(functions);
        for (int i = 0; i < declarations.size(); i++) {
            JsonNode namespace = declarations.get(i);
            String prefix = namespace.path("namespace").asText();
            for (var member : namespace.path("members").properties()) {
                List<String> parameters = new ArrayList<>();
                member.getValue().path("parameters").forEach(p -> parameters.add(p.path("name").asText()));
                String path = "$.functions[" + i + "].members." + member.getKey() + ".output.value";
                all.put((prefix + "." + member.getKey()).toLowerCase(Locale.ROOT),
                        new UserFunction(parameters, member.getValue().path("output").path("value"), path));
            }
        }
        return new FunctionRegistry(all);
    }

    /**
     * Any list* name is a valid function in ARM: a POST action on the resource, {@code listX(resourceNameOrId,
     * apiVersion, [functionValues])}, answered by whoever holds the resources.
     */
    public Optional<TemplateFunction> find(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        TemplateFunction function = functions.get(key);
        if (function == null && key.startsWith("list") && key.length() > 4) {
            return Optional.of(call -> {
                call.expectCount(2, 3);
                ResourceState resources = call.context().resources(call);
                JsonNode body = call.count() > 2 ? call.value(2) : JsonNodeFactory.instance.objectNode();
                return resources.action(call.context().resourceId(call.string(0), call), name, call.string(1), body)
                        .orElseThrow(() -> call.fail("the resource action '" + name + "' is not available here"));
            });
        }
        return Optional.ofNullable(function);
    }
}
