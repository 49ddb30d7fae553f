package dev.infractl.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.preflight.CheckResult;
import dev.infractl.preflight.CostEstimate;
import dev.infractl.preflight.PreflightReport;
import dev.infractl.preflight.RegionFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Preflight results and cost for people (aligned lines) and scripts (JSON), shared by plan and provision. */
public final class PreflightText {

    private PreflightText() {
    }

    public static List<String> lines(PreflightReport report) {
        List<String> lines = new ArrayList<>();
        for (CheckResult check : report.checks()) {
            lines.add(String.format("  %-4s  %-38s %s", !check.ok() ? "FAIL" : check.checked() ? "ok" : "n/a",
                    check.name(), check.message()));
            if (!check.ok() && !check.fix().isEmpty()) {
                lines.add(String.format("  %-4s  %-38s fix: %s", "", "", check.fix()));
            }
        }
        if (!report.suggestions().isEmpty()) {
            lines.add("  regions where it would work, best first: "
                    + String.join(", ", report.suggestions().stream().map(RegionFit::describe).toList()));
        }
        return lines;
    }

    /**
     * The one line provision shows when the preflight passed. Checks Resource Manager could not answer (an endpoint
     * without those APIs, such as a proxy or Azure Stack) are counted, not listed: they found nothing.
     */
    public static String passed(PreflightReport report) {
        int unchecked = report.unchecked().size();
        int passed = report.checks().size() - unchecked;
        String seconds = String.format(Locale.ROOT, "%.1fs", report.elapsed().toMillis() / 1000.0);
        if (unchecked == 0) {
            return "Preflight: " + passed + " checks passed in " + seconds + ".";
        }
        return "Preflight: " + passed + " checks passed, " + unchecked + " not checked in " + seconds
                + " (Resource Manager did not answer them; Azure checks when deploying; `infractl plan` lists why).";
    }

    /** For stderr when provision stops: every problem, then where it would work. */
    public static List<String> failure(PreflightReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("error: preflight found " + report.failures().size() + " problem(s); nothing was created");
        lines.addAll(lines(report));
        lines.add("hint: fix the problems above, or pass --skip-preflight to let Azure decide");
        return lines;
    }

    public static String costLine(CostEstimate cost) {
        if (!cost.known()) {
            return "Cost: unknown. " + cost.notes().get(0) + ".";
        }
        return String.format(Locale.ROOT, "Cost: %s %.2f/hour at the maximum instances, %s %.2f/hour at the minimum"
                        + " (prices of %s, region %s, %s; %s).", cost.currency(), cost.hourlyMax().get(), cost.currency(),
                cost.hourlyMin().get(), cost.priceDate(), cost.region(), cost.source(), String.join("; ", cost.notes()));
    }

    public static ArrayNode checks(PreflightReport report) {
        ArrayNode checks = JsonFiles.MAPPER.createArrayNode();
        for (CheckResult check : report.checks()) {
            checks.addObject().put("name", check.name()).put("ok", check.ok()).put("checked", check.checked())
                    .put("message", check.message()).put("fix", check.fix());
        }
        return checks;
    }

    public static ArrayNode suggestions(PreflightReport report) {
        ArrayNode regions = JsonFiles.MAPPER.createArrayNode();
        for (RegionFit fit : report.suggestions()) {
            regions.addObject().put("region", fit.region()).put("limit", fit.limit()).put("in_use", fit.inUse())
                    .put("needed", fit.needed());
        }
        return regions;
    }

    public static ObjectNode cost(CostEstimate cost) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode().put("currency", cost.currency());
        cost.hourlyMax().ifPresentOrElse(value -> node.put("hourly_max", value), () -> node.putNull("hourly_max"));
        cost.hourlyMin().ifPresentOrElse(value -> node.put("hourly_min", value), () -> node.putNull("hourly_min"));
        node.put("price_date", cost.priceDate()).put("region", cost.region()).put("source", cost.source());
        cost.notes().forEach(node.putArray("notes")::add);
        return node;
    }

    /** The NDJSON event provision prints before anything else. */
    public static ObjectNode event(PreflightReport report) {
        ObjectNode event = JsonFiles.MAPPER.createObjectNode().put("event", "preflight").put("ok", report.ok())
                .put("seconds", report.elapsed().toMillis() / 1000.0);
        event.set("checks", checks(report));
        event.set("suggestions", suggestions(report));
        return event;
    }
}
