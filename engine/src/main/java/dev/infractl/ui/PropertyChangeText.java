package dev.infractl.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.deploy.PropertyChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What-if property changes drawn as {@code az deployment group what-if} draws them: {@code ~ path: before => after},
 * {@code + path: after}, {@code - path: before}, leaf values of siblings lined up in one column, an array as
 * {@code ~ path: [} with its changed elements by index (a removed one before the one added at that index), and an
 * object value as its own leaf paths, one per line, under its path (az adds blank lines around those; a plan does not).
 */
final class PropertyChangeText {

    private PropertyChangeText() {
    }

    static List<String> lines(List<PropertyChange> delta, String indent) {
        List<String> lines = new ArrayList<>();
        addAll(delta, indent, lines);
        return lines;
    }

    private static void addAll(List<PropertyChange> changes, String indent, List<String> lines) {
        int width = changes.stream().filter(PropertyChangeText::isLeaf).mapToInt(change -> change.path().length())
                .max().orElse(0);
        changes.forEach(change -> add(change, indent, width, lines));
    }

    private static void add(PropertyChange change, String indent, int width, List<String> lines) {
        String head = indent + change.kind().symbol() + " " + change.path() + ":";
        if (change.kind() == PropertyChange.Kind.ARRAY) {
            lines.add(head + " [");
            addAll(byIndex(change.children()), indent + "  ", lines);
            lines.add(indent + "  ]");
        } else if (!change.children().isEmpty()) {
            lines.add(head);
            addAll(change.children(), indent + "  ", lines);
        } else {
            String shown = switch (change.kind()) {
                case CREATE -> change.after();
                case DELETE, NO_EFFECT -> change.before();
                default -> null;
            };
            if (shown == null) {
                lines.add(padded(head, change, width) + change.before() + " => " + change.after());
            } else if (value(shown) instanceof ObjectNode object && !object.isEmpty()) {
                lines.add(head);
                JsonText.object(object, indent + "    ", lines);
            } else if (value(shown) instanceof ArrayNode array && !array.isEmpty()) {
                lines.add(head + " [");
                JsonText.array(array, indent + "  ", lines);
            } else {
                lines.add(padded(head, change, width) + shown);
            }
        }
    }

    private static String padded(String head, PropertyChange change, int width) {
        return head + " ".repeat(Math.max(1, width - change.path().length() + 1));
    }

    /** Whether the change is drawn on one line with its value, so its value lines up with its siblings'. */
    private static boolean isLeaf(PropertyChange change) {
        if (change.kind() == PropertyChange.Kind.ARRAY || !change.children().isEmpty()) {
            return false;
        }
        JsonNode shown = value(change.kind() == PropertyChange.Kind.CREATE ? change.after() : change.before());
        return shown == null || !shown.isContainerNode() || shown.isEmpty();
    }

    /** Array elements by index, a removed element before the one added at the same index, as az sorts them. */
    private static List<PropertyChange> byIndex(List<PropertyChange> children) {
        return children.stream().sorted(Comparator.comparingInt(PropertyChangeText::index)
                .thenComparingInt(child -> child.kind() == PropertyChange.Kind.DELETE ? 0
                        : child.kind() == PropertyChange.Kind.CREATE ? 1 : 2)).toList();
    }

    private static int index(PropertyChange child) {
        try {
            return Integer.parseInt(child.path());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
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
        if (json == null) {
            return null;
        }
        try {
            return JsonFiles.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return JsonFiles.MAPPER.getNodeFactory().textNode(json);
        }
    }
}
