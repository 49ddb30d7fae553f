package dev.infractl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.params.ResolvedParameter;
import dev.infractl.params.ResolvedParameters;
import dev.infractl.params.TargetSetting;
import java.util.ArrayList;
import java.util.List;

/** Draws resolved parameters: a NAME VALUE SOURCE table for people, the contract's JSON for scripts. */
final class ParametersView {

    /** Long values (defaultCommands) are cut in the table; --output json has them whole. */
    private static final int MAX_VALUE_WIDTH = 60;

    private final ResolvedParameters resolved;

    ParametersView(ResolvedParameters resolved) {
        this.resolved = resolved;
    }

    String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "VALUE", "SOURCE"});
        for (ResolvedParameter parameter : resolved.parameters()) {
            rows.add(new String[] {parameter.name(), cell(parameter.shownValue()), parameter.sourceText()});
        }
        int nameWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int valueWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            text.append(pad(row[0], nameWidth)).append("  ").append(pad(row[1], valueWidth)).append("  ")
                    .append(row[2]).append(System.lineSeparator());
        }
        return text.toString();
    }

    /** {@code {"parameters": {NAME: {"value": V, "source": S}}, "target": {...}}}. */
    String json() {
        ObjectNode root = JsonFiles.MAPPER.createObjectNode();
        ObjectNode parameters = root.putObject("parameters");
        for (ResolvedParameter parameter : resolved.parameters()) {
            ObjectNode entry = parameters.putObject(parameter.name());
            entry.set("value", parameter.shownValue());
            entry.put("source", parameter.sourceText());
        }
        ObjectNode target = root.putObject("target");
        setting(target.putObject("subscription"), resolved.target().subscription());
        setting(target.putObject("resourceGroup"), resolved.target().resourceGroup());
        return JsonFiles.toText(root);
    }

    /** The target, for stderr beside the table so stdout stays a plain table. */
    String target() {
        return line("subscription:   ", resolved.target().subscription())
                + line("resource group: ", resolved.target().resourceGroup());
    }

    String notes() {
        StringBuilder text = new StringBuilder();
        resolved.notes().forEach(note -> text.append("note: ").append(note).append(System.lineSeparator()));
        return text.toString();
    }

    private static String line(String label, TargetSetting setting) {
        return label + (setting.isSet() ? setting.value() + " (" + setting.source() + ")" : "not set")
                + System.lineSeparator();
    }

    private static void setting(ObjectNode node, TargetSetting setting) {
        node.put("value", setting.value());
        node.put("source", setting.source());
    }

    private static String cell(JsonNode value) {
        String text = value == null ? "" : value.isTextual() ? value.asText() : value.toString();
        text = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return text.length() <= MAX_VALUE_WIDTH ? text : text.substring(0, MAX_VALUE_WIDTH - 3) + "...";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
