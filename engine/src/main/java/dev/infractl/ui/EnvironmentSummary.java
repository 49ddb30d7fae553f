package dev.infractl.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.ExitCode;
import dev.infractl.config.JsonFiles;
import java.util.ArrayList;
import java.util.List;

/** The last word of a several-environment run: each environment's result and the exit code, the worst of them. */
public final class EnvironmentSummary {

    private EnvironmentSummary() {
    }

    /** Aligned lines for stderr, one per environment, then the exit code. */
    public static List<String> lines(List<EnvironmentOutcome> outcomes) {
        int width = outcomes.stream().mapToInt(outcome -> outcome.env().length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        lines.add("Environments:");
        for (EnvironmentOutcome outcome : outcomes) {
            lines.add(String.format("  %-" + width + "s  %s (exit %d)%s", outcome.env(), outcome.word(),
                    outcome.exitCode().code(), outcome.error().map(error -> ": " + error).orElse("")));
        }
        ExitCode worst = worst(outcomes);
        lines.add("Exit " + worst.code() + (outcomes.size() > 1 ? ", the worst of " + outcomes.size() + " environments." : "."));
        return lines;
    }

    /**
     * The last NDJSON line: {@code "event": "finished"} without {@code "env"}, with {@code "environments"} (each
     * one's env, status, exitCode and error) and the run's exitCode.
     */
    public static String json(List<EnvironmentOutcome> outcomes) {
        ExitCode worst = worst(outcomes);
        ObjectNode line = JsonFiles.MAPPER.createObjectNode().put("event", "finished")
                .put("status", worst == ExitCode.OK ? "Succeeded" : "Failed");
        ArrayNode environments = line.putArray("environments");
        for (EnvironmentOutcome outcome : outcomes) {
            ObjectNode item = environments.addObject().put("env", outcome.env()).put("status", outcome.word())
                    .put("exitCode", outcome.exitCode().code());
            outcome.error().ifPresent(error -> item.put("error", error));
        }
        return line.put("exitCode", worst.code()).toString();
    }

    public static ExitCode worst(List<EnvironmentOutcome> outcomes) {
        return ExitCode.worst(outcomes.stream().map(EnvironmentOutcome::exitCode).toList());
    }
}
