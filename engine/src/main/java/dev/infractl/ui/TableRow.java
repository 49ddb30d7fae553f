package dev.infractl.ui;

import dev.infractl.deploy.ProvisionEvent;
import dev.infractl.deploy.ProvisioningState;
import java.time.Duration;
import java.time.Instant;

/** One resource's row in a live table: kind, name, state (coloured) and how long it took or has taken. */
final class TableRow {

    private final String kind;
    final String name;
    private final Instant firstSeen;
    private ProvisioningState state = ProvisioningState.ACCEPTED;
    private Instant ended;

    TableRow(ProvisionEvent.ResourceChanged first) {
        this.kind = ResourceKinds.friendly(first.resourceType());
        this.name = first.resourceName();
        this.firstSeen = first.at();
    }

    static String key(ProvisionEvent.ResourceChanged changed) {
        return changed.resourceType() + "/" + changed.resourceName();
    }

    void update(ProvisionEvent.ResourceChanged changed) {
        state = changed.state();
        if (changed.state().isTerminal()) {
            ended = changed.duration().map(firstSeen::plus).orElse(changed.at());
        }
    }

    String render(Instant now, int nameWidth, boolean color) {
        String stateText = String.format("%-10s", state.armName());
        String elapsed = Durations.brief(Duration.between(firstSeen, ended == null ? now : ended));
        return String.format("  %-27s %-" + nameWidth + "s ", kind, name) + paint(stateText, color) + " " + elapsed;
    }

    private String paint(String text, boolean color) {
        if (!color) {
            return text;
        }
        String code = state == ProvisioningState.SUCCEEDED ? "32" : state.isFailure() ? "31" : "33";
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }
}
