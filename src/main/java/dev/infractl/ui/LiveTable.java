package dev.infractl.ui;

import dev.infractl.deploy.ProvisionEvent;
import dev.infractl.deploy.ProvisioningState;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Progress on a terminal: one row per resource (kind, name, state, elapsed) redrawn in place with ANSI
 * cursor movement on stderr; outputs on stdout at the end.
 */
public final class LiveTable extends TextProgress {

    private static final String UP_TO_LINE_START = "\u001b[%dF";
    private static final String CLEAR_LINE = "\u001b[2K";

    private final boolean color;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private int drawnLines;

    public LiveTable(PrintWriter out, PrintWriter err, boolean color) {
        this(out, err, color, "");
    }

    /** @param targetOptions the target options to repeat in re-attach hints, such as {@code --local} */
    public LiveTable(PrintWriter out, PrintWriter err, boolean color, String targetOptions) {
        super(out, err, targetOptions);
        this.color = color;
    }

    @Override
    String submittedLine(ProvisionEvent.Submitted submitted) {
        return bold((submitted.attached() ? "Following " : "Deploying ") + submitted.deploymentName())
                + " to " + submitted.resourceGroup();
    }

    @Override
    void changed(ProvisionEvent.ResourceChanged changed) {
        Row row = rows.computeIfAbsent(changed.resourceType() + "/" + changed.resourceName(),
                key -> new Row(ResourceKinds.friendly(changed.resourceType()), changed.resourceName(), changed.at()));
        row.state = changed.state();
        if (changed.state().isTerminal()) {
            row.ended = changed.duration().map(row.firstSeen::plus).orElse(changed.at());
        }
        redraw(changed.at());
    }

    @Override
    void redraw(Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        if (drawnLines > 0) {
            err.print(String.format(UP_TO_LINE_START, drawnLines));
        }
        int nameWidth = rows.values().stream().mapToInt(row -> row.name.length()).max().orElse(0);
        List<String> lines = rows.values().stream().map(row -> row.render(now, Math.max(32, nameWidth))).toList();
        lines.forEach(line -> err.print(CLEAR_LINE + line + "\n"));
        drawnLines = lines.size();
    }

    private String bold(String text) {
        return color ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    private final class Row {
        final String kind;
        final String name;
        final Instant firstSeen;
        ProvisioningState state = ProvisioningState.ACCEPTED;
        Instant ended;

        Row(String kind, String name, Instant firstSeen) {
            this.kind = kind;
            this.name = name;
            this.firstSeen = firstSeen;
        }

        String render(Instant now, int nameWidth) {
            String stateText = String.format("%-10s", state.armName());
            String elapsed = Durations.brief(Duration.between(firstSeen, ended == null ? now : ended));
            return String.format("  %-27s %-" + nameWidth + "s ", kind, name) + paint(stateText) + " " + elapsed;
        }

        private String paint(String text) {
            if (!color) {
                return text;
            }
            String code = state == ProvisioningState.SUCCEEDED ? "32" : state.isFailure() ? "31" : "33";
            return "\u001b[" + code + "m" + text + "\u001b[0m";
        }
    }
}
