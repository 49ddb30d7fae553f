package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.PlannedResource;
import dev.infractl.arm.PreparedDeployment;
import dev.infractl.arm.TemplateException;
import java.util.List;
import java.util.Optional;

/**
 * What a deployment would change, in Incremental mode: Create for resources that do not exist, Modify with a
 * property delta for ones whose written fields differ, NoChange otherwise. Fields Azure computes are not
 * compared, since a template never sets them.
 */
final class WhatIf {

    private static final List<String> COMPARED = List.of("location", "tags", "kind", "sku", "identity");

    private WhatIf() {
    }

    static ObjectNode result(PreparedDeployment prepared, Resources resources) {
        ObjectNode result = Json.object().put("status", "Succeeded");
        ArrayNode changes = result.putObject("properties").putArray("changes");
        for (PlannedResource resource : prepared.resources()) {
            if (!resource.condition()) {
                continue;
            }
            Optional<ObjectNode> before = resources.find(resource.resourceId());
            JsonNode after = evaluated(prepared, resource, resources);
            if (after != null && after.path("properties") instanceof ObjectNode properties) {
                WriteOnlyProperties.drop(resource.type(), properties); // neither compared nor echoed, as in Azure
            }
            ObjectNode change = changes.addObject().put("resourceId", resource.resourceId());
            ArrayNode delta = Json.array();
            if (before.isPresent() && after != null) {
                compare(before.get(), after, delta);
            }
            String type = before.isEmpty() ? "Create" : delta.isEmpty() ? "NoChange" : "Modify";
            change.put("changeType", type);
            change.set("before", before.isPresent() ? before.get() : null);
            change.set("after", after);
            if (type.equals("Modify")) {
                change.set("delta", delta);
            }
        }
        return result;
    }

    private static JsonNode evaluated(PreparedDeployment prepared, PlannedResource resource, Resources resources) {
        try {
            return prepared.evaluateResource(resource, resources.state());
        } catch (TemplateException e) {
            return null; // reads a resource this deployment has yet to make: ARM shows it unevaluated too
        }
    }

    /** Whether {@code before} holds everything {@code after} sets; fields only Azure sets do not count. */
    static boolean covers(JsonNode before, JsonNode after) {
        if (before == null) {
            return after == null || after.isNull();
        }
        if (after.isObject() && before.isObject()) {
            for (var field : after.properties()) {
                if (!covers(before.get(field.getKey()), field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (after.isArray() && before.isArray() && after.size() == before.size()) {
            for (int i = 0; i < after.size(); i++) {
                if (!covers(before.get(i), after.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return after.equals(before);
    }

    private static void compare(JsonNode before, JsonNode after, ArrayNode delta) {
        for (String field : COMPARED) {
            if (after.has(field) && !covers(before.get(field), after.get(field))) {
                delta.addObject().put("path", field).put("propertyChangeType", "Modify")
                        .<ObjectNode>set("before", before.get(field)).set("after", after.get(field));
            }
        }
        after.path("properties").properties().forEach(property -> {
            JsonNode old = before.path("properties").get(property.getKey());
            if (!covers(old, property.getValue())) {
                delta.addObject().put("path", "properties." + property.getKey())
                        .put("propertyChangeType", old == null ? "Create" : "Modify")
                        .<ObjectNode>set("before", old).set("after", property.getValue());
            }
        });
    }
}
