package dev.infractl.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.ConfigKey;
import dev.infractl.config.EnvironmentState;
import dev.infractl.config.JsonFiles;
import dev.infractl.config.ProjectLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How {@code env list} and {@code env show} print an environment. */
final class EnvironmentView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private EnvironmentView() {
    }

    static String table(List<EnvironmentState> states) {
        String format = "%-16s %-38s %-24s %-16s %s%n";
        StringBuilder text = new StringBuilder(String.format(format, "NAME", "SUBSCRIPTION", "RESOURCE GROUP", "LOCATION", "LAST PROVISION"));
        for (EnvironmentState state : states) {
            text.append(String.format(format, state.name(), orDash(state.target().subscription()),
                    orDash(state.target().resourceGroup()), orDash(state.target().location()), provision(state)));
        }
        return text.toString();
    }

    static String details(EnvironmentState state, ProjectLayout project) {
        var location = project.config(state.name());
        return "environment:    " + state.name() + System.lineSeparator()
                + "subscription:   " + orDash(state.target().subscription()) + System.lineSeparator()
                + "resource group: " + orDash(state.target().resourceGroup()) + System.lineSeparator()
                + "location:       " + orDash(state.target().location()) + System.lineSeparator()
                + "target:         " + project.relative(location.targetFile().orElseThrow()) + System.lineSeparator()
                + "parameters:     " + project.relative(location.parametersFile().orElseThrow()) + System.lineSeparator()
                + "outputs:        " + project.relative(location.file()) + System.lineSeparator()
                + "last provision: " + provision(state) + System.lineSeparator()
                + (state.endpoint() == null ? "" : "endpoint:       " + state.endpoint() + System.lineSeparator());
    }

    static ObjectNode json(EnvironmentState state) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode().put("name", state.name());
        node.put("subscription", state.target().subscription()).put("resourceGroup", state.target().resourceGroup())
                .put("location", state.target().location()).put("provisioned", state.provisioned())
                .put("outputs", state.outputs());
        state.written().ifPresent(time -> node.put("written", time.toString()));
        if (state.endpoint() != null) {
            node.put("endpoint", state.endpoint());
        }
        return node;
    }

    private static String provision(EnvironmentState state) {
        if (state.outputs() == 0) {
            return "never";
        }
        String when = state.written().map(TIME::format).orElse("");
        return state.provisioned() ? "outputs written " + when
                : state.outputs() + " of " + ConfigKey.values().length + " outputs, " + when;
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
