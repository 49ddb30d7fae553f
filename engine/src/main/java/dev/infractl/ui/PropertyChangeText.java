package dev.infractl.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.deploy.PropertyChange;
import java.util.ArrayList;
import java.util.List;

/**
 * What-if property changes drawn as {@code az deployment group what-if} draws them: {@code ~ path: before => after},
 * {@code + path: after}, {@code - path: before}, and an array as {@code ~ path: [} with one line per changed index.
 */
final class PropertyChangeText {

    private PropertyChangeText() {
    }

    static List<String> lines(List<PropertyChange> delta, String indent) {
        List<String> lines = new ArrayList<>();
        delta.forEach(change -> add(change, indent, lines));
        return lines;
    }

    private static void add(PropertyChange change, String indent, List<String> lines) {
        String head = indent + change.kind().symbol() + " " + change.path() + ":";
        if (change.kind() == PropertyChange.Kind.ARRAY) {
            lines.add(head + " [");
            change.children().forEach(child -> add(child, indent + "  ", lines));
            lines.add(indent + "  ]");
        } else if (!change.children().isEmpty()) {
            lines.add(head);
            change.children().forEach(child -> add(child, indent + "  ", lines));
        } else {
            lines.add(head + " " + switch (change.kind()) {
                case CREATE -> change.after();
                case DELETE, NO_EFFECT -> change.before();
                default -> change.before() + " => " + change.after();
            });
        }
    }

    /** The changes in ARM's own shape (path, propertyChangeType, before, after, children). */
    static ArrayNode json(List<PropertyChange> delta) {
        ArrayNode array = JsonFiles.MAPPER.createArrayNode();
        for (PropertyChange change : delta) {
            ObjectNode item = array.addObject().put("path", change.path())
                    .put("propertyChangeType", change.kind().armName());
            if (change.before() != null) {
                item.set("before", value(change.before()));
            }
            if (change.after() != null) {
                item.set("after", value(change.after()));
            }
            if (!change.children().isEmpty()) {
                item.set("children", json(change.children()));
            }
        }
        return array;
    }

    private static JsonNode value(String json) {
        try {
            return JsonFiles.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return JsonFiles.MAPPER.getNodeFactory().textNode(json);
        }
    }
}
