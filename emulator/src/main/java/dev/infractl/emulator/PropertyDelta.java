package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What-if's property changes between two resource bodies, as ARM reports them: one entry per leaf path
 * ({@code properties.template.scale.maxReplicas}), Create or Delete at the first key only one side has, Modify
 * where a value differs, and Array with one child per changed index (an index's own changes as its children).
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
            ArrayNode children = Json.array();
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                element(Integer.toString(i), before.get(i), after.get(i), children);
            }
            changes.addObject().put("path", path).put("propertyChangeType", "Array").set("children", children);
        } else {
            changes.addObject().put("path", path).put("propertyChangeType", "Modify")
                    .<ObjectNode>set("before", before).set("after", after);
        }
    }

    /** One index of an array: objects and arrays on both sides list their own changes as children. */
    private static void element(String index, JsonNode before, JsonNode after, ArrayNode children) {
        boolean nested = present(before) && present(after) && !before.equals(after)
                && (before.isObject() && after.isObject() || before.isArray() && after.isArray());
        if (!nested) {
            compare(index, before, after, children);
            return;
        }
        ArrayNode inner = Json.array();
        if (before.isObject()) {
            compare("", before, after, inner);
        } else {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                element(Integer.toString(i), before.get(i), after.get(i), inner);
            }
        }
        children.addObject().put("path", index).put("propertyChangeType", before.isObject() ? "Modify" : "Array")
                .set("children", inner);
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }
}
