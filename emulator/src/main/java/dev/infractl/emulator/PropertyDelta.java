package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What-if's property changes between two resource bodies, as ARM reports them: one entry per leaf path
 * ({@code properties.template.scale.maxReplicas}), Create or Delete at the first key only one side has, Modify
 * where a value differs, and Array with one child per changed element, the two arrays lined up as ARM lines them up
 * (see ArrayAlignment): an inserted element is a Create, a removed one a Delete, an object changed in place a Modify
 * with its own changes as children.
 * A JSON null counts as absent, since a PUT that sets null leaves nothing.
 */
final class PropertyDelta {

    private PropertyDelta() {
    }

    /** The changes from {@code before} to {@code after}, both objects such as whole resource bodies. */
    static ArrayNode between(JsonNode before, JsonNode after) {
        ArrayNode changes = Json.array();
        compare("", before, after, changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, ArrayNode changes) {
        boolean had = present(before);
        boolean has = present(after);
        if (!had && !has || had && has && before.equals(after)) {
            return;
        }
        if (!had) {
            changes.addObject().put("path", path).put("propertyChangeType", "Create").set("after", after);
        } else if (!has) {
            changes.addObject().put("path", path).put("propertyChangeType", "Delete").set("before", before);
        } else if (before.isObject() && after.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                compare(path.isEmpty() ? key : path + "." + key, before.get(key), after.get(key), changes);
            }
        } else if (before.isArray() && after.isArray()) {
            changes.addObject().put("path", path).put("propertyChangeType", "Array").set("children", elements(before, after));
        } else {
            changes.addObject().put("path", path).put("propertyChangeType", "Modify")
                    .<ObjectNode>set("before", before).set("after", after);
        }
    }

    /** An array's changed elements, lined up (see ArrayAlignment): objects and arrays changed in place list their own changes. */
    private static ArrayNode elements(JsonNode before, JsonNode after) {
        ArrayNode children = Json.array();
        for (ArrayAlignment.Step step : ArrayAlignment.changes(before, after)) {
            String index = Integer.toString(step.index());
            if (step.before() != null && step.after() != null && step.before().isArray()) {
                children.addObject().put("path", index).put("propertyChangeType", "Array")
                        .set("children", elements(step.before(), step.after()));
            } else if (step.before() != null && step.after() != null) {
                ArrayNode inner = Json.array();
                compare("", step.before(), step.after(), inner);
                children.addObject().put("path", index).put("propertyChangeType", "Modify").set("children", inner);
            } else {
                compare(index, step.before(), step.after(), children);
            }
        }
        return children;
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }
}
