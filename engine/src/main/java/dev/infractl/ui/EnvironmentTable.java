package dev.infractl.ui;

import dev.infractl.deploy.ProgressListener;
import dev.infractl.deploy.ProvisionEvent;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Progress of several environments on one terminal: a live table at the bottom of stderr, one group of resource
 * rows per environment under a heading with its state, redrawn in place; every other line (notes, preflight,
 * endings) scrolls above it, marked with its environment. Environments run on their own threads: all drawing
 * is synchronized here.
 */
public final class EnvironmentTable {

    private static final String UP_TO_LINE_START = "\u001b[%dF";
    private static final String CLEAR_TO_END = "\u001b[J";

    private final PrintWriter err;
    private final boolean color;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private Instant now = Instant.EPOCH;
    private int drawnLines;

    /** @param environments the environments, in the order their groups are drawn */
    public EnvironmentTable(PrintWriter err, boolean color, List<String> environments) {
        this.err = err;
        this.color = color;
        environments.forEach(env -> groups.put(env, new Group()));
    }

    /**
     * The listener for one environment: its resources go to its group, everything else is drawn as
     * {@link PlainProgress} draws it (outputs on {@code out}), above the table.
     */
    public ProgressListener listener(String env, PrintWriter out, String targetOptions) {
        PlainProgress lines = new PlainProgress(out, above(env), targetOptions);
        return event -> {
            if (event instanceof ProvisionEvent.ResourceChanged changed) {
                changed(env, changed);
                return;
            }
            if (event instanceof ProvisionEvent.Waiting waiting) {
                redraw(waiting.at());
                return;
            }
            if (event instanceof ProvisionEvent.Submitted submitted) {
                state(env, "deploying " + submitted.deploymentName() + " to " + submitted.resourceGroup(), event.at());
            } else if (event instanceof ProvisionEvent.Finished finished) {
                state(env, finished.state().armName().toLowerCase(Locale.ROOT)
                        + (finished.failure().isPresent() ? " (failed)" : ""), event.at());
            }
            lines.on(event);
        };
    }

    /** A writer whose lines scroll above the table, marked {@code [env]}. */
    public PrintWriter above(String env) {
        return EnvironmentLines.writer(line -> line("[" + env + "] " + line));
    }

    synchronized void line(String text) {
        erase();
        err.println(text);
        draw();
    }

    private synchronized void changed(String env, ProvisionEvent.ResourceChanged changed) {
        groups.get(env).rows.computeIfAbsent(TableRow.key(changed), key -> new TableRow(changed)).update(changed);
        redraw(changed.at());
    }

    private synchronized void state(String env, String state, Instant at) {
        groups.get(env).state = state;
        redraw(at);
    }

    private synchronized void redraw(Instant at) {
        if (at.isAfter(now)) {
            now = at;
        }
        erase();
        draw();
    }

    private void erase() {
        if (drawnLines > 0) {
            err.print(String.format(UP_TO_LINE_START, drawnLines) + CLEAR_TO_END);
        }
        drawnLines = 0;
    }

    private void draw() {
        int nameWidth = Math.max(32, groups.values().stream().flatMap(group -> group.rows.values().stream())
                .mapToInt(row -> row.name.length()).max().orElse(0));
        List<String> lines = new ArrayList<>();
        groups.forEach((env, group) -> {
            lines.add(bold(env) + "  " + group.state);
            group.rows.values().forEach(row -> lines.add(row.render(now, nameWidth, color)));
        });
        lines.forEach(err::println);
        err.flush();
        drawnLines = lines.size();
    }

    private String bold(String text) {
        return color ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    private static final class Group {
        final Map<String, TableRow> rows = new LinkedHashMap<>();
        String state = "waiting";
    }
}
