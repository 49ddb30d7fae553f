package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.JsonPaths;
import dev.infractl.arm.expression.Invocation;
import dev.infractl.arm.expression.JsonValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template's parameters: the given value, or the default value evaluated on first use (defaults may read
 * other parameters, and may call utcNow()), each checked against its declaration.
 */
final class ParameterTable {

    private final JsonNode declarations;
    private final JsonNode given;
    private final Map<String, JsonNode> resolved = new HashMap<>();
    private final List<String> resolving = new ArrayList<>();

    ParameterTable(JsonNode declarations, JsonNode given) {
        this.declarations = declarations;
        this.given = given == null || given.isNull() ? JsonValues.object()
                : isParametersFile(given) ? given.get("parameters") : given;
    }

    /** A whole parameters file ({@code $schema}, {@code contentVersion}, {@code parameters}) is accepted too. */
    private static boolean isParametersFile(JsonNode given) {
        return given.has("$schema") && given.path("parameters").isObject();
    }

    /** Refuses given parameters the template does not declare, and Key Vault references. */
    void checkGiven() {
        for (Map.Entry<String, JsonNode> entry : given.properties()) {
            String path = "$.parameters." + entry.getKey();
            if (declaredName(entry.getKey()) == null) {
                throw TemplateException.invalidTemplate("The template parameters '" + entry.getKey()
                        + "' in the parameters file are not valid; they are not present in the original template "
                        + "and can therefore not be provided at deployment time. The only supported parameters for "
                        + "this template are '" + String.join(", ", declared()) + "'.", path);
            }
            if (entry.getValue().has("reference")) {
                throw TemplateException.invalidTemplate("The parameter '" + entry.getKey()
                        + "' is a Key Vault reference, which this evaluator cannot resolve; pass the value itself.", path);
            }
        }
    }

    /** Every declared parameter, in declaration order. */
    Map<String, JsonNode> all(TemplateContext root) {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        for (String name : declared()) {
            all.put(name, resolve(name, root));
        }
        return all;
    }

    JsonNode value(String name, Invocation call, TemplateContext root) {
        String declared = declaredName(name);
        if (declared == null) {
            throw call.fail("The template parameter '" + name + "' is not found. The declared parameters are '"
                    + String.join(", ", declared()) + "'");
        }
        return resolve(declared, root);
    }

    private JsonNode resolve(String name, TemplateContext root) {
        JsonNode known = resolved.get(name);
        if (known != null) {
            return known;
        }
        String path = JsonPaths.child("$.parameters", name);
        if (resolving.contains(name)) {
            throw TemplateException.invalidTemplate("The default value of the template parameter '" + name
                    + "' depends on itself: " + String.join(" -> ", resolving) + " -> " + name + ".", path);
        }
        resolving.add(name);
        try {
            JsonNode declaration = declarations.get(name);
            JsonNode value = givenValue(name);
            if (value == null && declaration.has("defaultValue")) {
                value = root.values().trees().evaluate(declaration.get("defaultValue"), path + ".defaultValue",
                        root.forParameterDefault());
            }
            if (value == null) {
                throw TemplateException.invalidTemplate("The value for the template parameter '" + name + "' at "
                        + path + " is not provided.", path);
            }
            ParameterRules.check(name, declaration, value, path);
            resolved.put(name, value);
            return value;
        } finally {
            resolving.remove(name);
        }
    }

    /** A given null means "not set", so the default applies. */
    private JsonNode givenValue(String declared) {
        for (Map.Entry<String, JsonNode> entry : given.properties()) {
            if (entry.getKey().equalsIgnoreCase(declared) && entry.getValue().has("value")
                    && !entry.getValue().get("value").isNull()) {
                return entry.getValue().get("value");
            }
        }
        return null;
    }

    private String declaredName(String name) {
        for (String declared : declared()) {
            if (declared.equalsIgnoreCase(name)) {
                return declared;
            }
        }
        return null;
    }

    private List<String> declared() {
        List<String> names = new ArrayList<>();
        declarations.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
