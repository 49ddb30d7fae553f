package dev.infractl.emulator;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a stored resource a template can declare: its declared fields (Resources.declared) less the read-only
 * properties Azure adds. Found the way the emulator adds them rather than from a second list of them: a property
 * (or a whole object) is read-only when a PUT without it would put it back.
 */
final class ReadOnlyProperties {

    private final Resources resources;

    ReadOnlyProperties(Resources resources) {
        this.resources = resources;
    }

    /** The resource's declarable part: location, tags, sku, kind, identity, ..., and the settable properties. */
    ObjectNode without(ResourceId id, ObjectNode resource) {
        ObjectNode declared = Resources.declared(resource).deepCopy();
        if (FileServices.isDefault(id)) {
            // a file service's PUT keeps what it leaves out, so leaving a property out proves nothing there
            if (declared.get("properties") instanceof ObjectNode properties) {
                properties.remove("provisioningState");
            }
            return declared;
        }
        List<JsonPointer> computed = new ArrayList<>();
        for (String field : List.of("properties", "identity")) {
            if (declared.get(field) instanceof ObjectNode object) {
                probe(id, declared, JsonPointer.compile("/" + field), object, computed);
            }
        }
        computed.forEach(pointer -> remove(declared, pointer));
        return declared;
    }

    /** Tries each member of {@code node} (an object, or an array of objects) left out; descends into the declared. */
    private void probe(ResourceId id, ObjectNode declared, JsonPointer at, JsonNode node, List<JsonPointer> computed) {
        List<String> members = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(members::add);
        } else if (node instanceof ArrayNode array && !array.isEmpty() && array.get(0).isObject()) {
            for (int i = 0; i < array.size(); i++) {
                members.add(Integer.toString(i));
            }
        }
        for (String member : members) {
            JsonPointer pointer = at.appendProperty(member);
            JsonNode child = declared.at(pointer);
            if (node.isObject() && putBack(id, declared, pointer)) {
                computed.add(pointer);
            } else if (child.isContainerNode()) {
                probe(id, declared, pointer, child, computed);
            }
        }
    }

    private boolean putBack(ResourceId id, ObjectNode declared, JsonPointer pointer) {
        ObjectNode body = declared.deepCopy();
        remove(body, pointer);
        return !resources.predict(id.id(), body).at(pointer).isMissingNode();
    }

    private static void remove(ObjectNode root, JsonPointer pointer) {
        JsonNode parent = root.at(pointer.head());
        if (parent instanceof ObjectNode object) {
            object.remove(pointer.last().getMatchingProperty());
        }
    }
}
