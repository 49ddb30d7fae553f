package dev.infractl.ui;

import dev.infractl.deploy.ProvisionEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The closing lines of a run in text mode, for stderr; the outputs go to stdout separately. */
final class EndingText {

    private EndingText() {
    }

    /** The options a follow-up command needs: the ones the user gave, else the resource group the run used. */
    static String targetOptions(String given, String resourceGroup) {
        if (!given.isBlank()) {
            return given.startsWith(" ") ? given : " " + given;
        }
        return resourceGroup == null ? "" : " --resource-group " + resourceGroup;
    }

    /** @param options the target options to repeat in follow-up commands, each with a leading space */
    static List<String> lines(ProvisionEvent.Finished finished, String options, Duration elapsed) {
        String name = finished.deploymentName();
        String reattach = "`infractl status --attach" + options + "`";
        String cancel = "`infractl cancel" + options + "`";
        List<String> lines = new ArrayList<>();
        switch (finished.reason()) {
            case COMPLETED -> {
                if (finished.failure().isPresent()) {
                    lines.addAll(FailureText.lines(finished, finished.failure().get()));
                } else {
                    lines.add("Deployment " + name + " " + finished.state().armName() + " in " + Durations.brief(elapsed) + ".");
                }
            }
            case REJECTED -> lines.addAll(FailureText.lines(finished, finished.failure().orElseThrow()));
            case NOT_WAITING -> lines.add("Deployment " + name + " is " + finished.state().armName()
                    + "; not waiting. Follow it with " + reattach + ".");
            case TIMED_OUT -> lines.add("Stopped waiting after " + Durations.brief(elapsed) + "; deployment " + name
                    + " is still running in Azure. Re-attach with " + reattach + ".");
            case INTERRUPTED -> lines.add("Interrupted; deployment " + name + " is still running in Azure. Re-attach with "
                    + reattach + ", or stop it with " + cancel + ".");
            case CANCELED_ON_INTERRUPT -> lines.add("Interrupted; asked Azure to cancel deployment " + name + " (now "
                    + finished.state().armName() + "). Resources already created stay; see them with " + reattach + ".");
        }
        return lines;
    }

    /** The outputs as aligned {@code NAME  value} lines, for stdout. */
    static List<String> outputs(ProvisionEvent.Finished finished) {
        int width = finished.outputs().keySet().stream().mapToInt(String::length).max().orElse(0);
        return finished.outputs().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> String.format("%-" + Math.max(1, width) + "s  %s", entry.getKey(), entry.getValue())).toList();
    }
}
