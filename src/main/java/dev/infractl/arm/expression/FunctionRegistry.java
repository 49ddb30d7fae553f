package dev.infractl.arm.expression;

import java.util.HashMap;
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

    public Optional<TemplateFunction> find(String name) {
        return Optional.ofNullable(functions.get(name.toLowerCase(Locale.ROOT)));
    }
}
