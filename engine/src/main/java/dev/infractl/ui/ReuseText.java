package dev.infractl.ui;

import dev.infractl.reuse.ResourceDecision;
import java.util.List;

/** What provision does to each resource, one line each: {@code reuse   environment  aienvk3j2x  (why)}. */
public final class ReuseText {

    private ReuseText() {
    }

    public static List<String> lines(List<ResourceDecision> decisions) {
        int width = decisions.stream().mapToInt(d -> ResourceKinds.friendly(d.type()).length()).max().orElse(0);
        return decisions.stream().map(decision -> String.format("%-7s %-" + width + "s %s  (%s)",
                decision.action().word(), ResourceKinds.friendly(decision.type()),
                decision.name() == null ? "(name from the template)" : decision.name(), decision.reason())).toList();
    }
}
