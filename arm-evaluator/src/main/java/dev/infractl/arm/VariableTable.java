package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.infractl.JsonPaths;
import dev.infractl.arm.expression.Invocation;
import dev.infractl.arm.expression.JsonValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The template's variables, each evaluated on first use; {@code "copy": [...]} declares array variables. */
final class VariableTable {

    private final JsonNode declarations;
    private final Map<String, JsonNode> resolved = new HashMap<>();
    private final List<String> resolving = new ArrayList<>();

    VariableTable(JsonNode declarations) {
        this.declarations = declarations;
    }

    Map<String, JsonNode> all(TemplateContext root) {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        for (String name : declared()) {
            all.put(name, resolve(name, root));
        }
        return all;
    }

    JsonNode value(String name, Invocation call, TemplateContext root) {
        for (String declared : declared()) {
            if (declared.equalsIgnoreCase(name)) {
                return resolve(declared, root);
            }
        }
        throw call.fail("The template variable '" + name + "' is not found");
    }

    private JsonNode resolve(String name, TemplateContext root) {
        JsonNode known = resolved.get(name);
        if (known != null) {
            return known;
        }
        if (resolving.contains(name)) {
            throw TemplateException.invalidTemplate("The template variable '" + name + "' depends on itself: "
                    + String.join(" -> ", resolving) + " -> " + name + ".", JsonPaths.child("$.variables", name));
        }
        resolving.add(name);
        try {
            JsonNode value = evaluate(name, root);
            resolved.put(name, value);
            return value;
        } finally {
            resolving.remove(name);
        }
    }

    private JsonNode evaluate(String name, TemplateContext root) {
        TreeEvaluator trees = root.values().trees();
        JsonNode loops = declarations.get("copy");
        if (TreeEvaluator.isPropertyCopy(loops)) {
            for (int i = 0; i < loops.size(); i++) {
                JsonNode loop = loops.get(i);
                if (loop.get("name").asText().equals(name)) {
                    String path = "$.variables.copy[" + i + "]";
                    int count = trees.count(loop.get("count"), path + ".count", root);
                    ArrayNode items = JsonValues.array();
                    for (int index = 0; index < count; index++) {
                        items.add(trees.evaluate(loop.get("input"), path + ".input", root.withCopyIndex(name, index)));
                    }
                    return items;
                }
            }
        }
        return trees.evaluate(declarations.get(name), JsonPaths.child("$.variables", name), root);
    }

    private List<String> declared() {
        List<String> names = new ArrayList<>();
        boolean copyLoops = TreeEvaluator.isPropertyCopy(declarations.get("copy"));
        declarations.fieldNames().forEachRemaining(name -> {
            if (!(copyLoops && name.equals("copy"))) {
                names.add(name);
            }
        });
        if (copyLoops) {
            declarations.get("copy").forEach(loop -> names.add(loop.get("name").asText()));
        }
        return names;
    }
}
