package dev.infractl.ui;

import dev.infractl.deploy.ProvisionEvent;
import java.io.PrintWriter;
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
    private final Map<String, TableRow> rows = new LinkedHashMap<>();
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
        rows.computeIfAbsent(TableRow.key(changed), key -> new TableRow(changed)).update(changed);
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
        List<String> lines = rows.values().stream().map(row -> row.render(now, Math.max(32, nameWidth), color)).toList();
        lines.forEach(line -> err.print(CLEAR_LINE + line + "\n"));
        drawnLines = lines.size();
    }

    private String bold(String text) {
        return color ? "\u001b[1m" + text + "\u001b[0m" : text;
    }
}
