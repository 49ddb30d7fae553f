package dev.infractl.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.deploy.ChangeType;
import dev.infractl.deploy.DeploymentFailure;
import dev.infractl.deploy.Plan;
import dev.infractl.deploy.PlanResource;
import dev.infractl.deploy.PlannedChange;
import dev.infractl.preflight.PlanReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A plan for people (one line per resource, then a summary) and for scripts (one JSON object). */
public final class PlanText {

    private static final String DELTA_INDENT = "    ";
    private static final Map<String, String> ACTION_SYMBOLS = Map.of("create", "+", "update", "~", "reuse", "=",
            "delete", "-", "deploy", "!");

    private PlanText() {
    }

    public static List<String> lines(Plan plan) {
        List<String> lines = new ArrayList<>();
        String group = plan.target().resourceGroup();
        if (!plan.resourceGroupExists()) {
            lines.add("+ resource group " + group + " would be created" + (plan.target().location() == null ? ""
                    : " in " + plan.target().location()) + ", then every resource of the template in it.");
            return lines;
        }
        for (PlannedChange change : plan.changes()) {
            lines.add(String.format("%s %-27s %-40s %s", change.changeType().symbol(),
                    ResourceKinds.friendly(change.resourceType()), change.resourceName(), change.changeType().armName()));
            lines.addAll(PropertyChangeText.lines(change.delta(), DELTA_INDENT));
            if (change.unsupportedReason() != null) {
                lines.add(DELTA_INDENT + change.unsupportedReason());
            }
        }
        Map<ChangeType, Integer> counts = counts(plan);
        lines.add("");
        lines.add(String.format("Plan for resource group %s: %d to create, %d to modify, %d to delete, %d unchanged%s.", group,
                counts.get(ChangeType.CREATE), counts.get(ChangeType.MODIFY) + counts.get(ChangeType.DEPLOY),
                counts.get(ChangeType.DELETE), counts.get(ChangeType.NO_CHANGE),
                counts.get(ChangeType.IGNORE) == 0 ? "" : ", " + counts.get(ChangeType.IGNORE) + " ignored"));
        return lines;
    }

    /** The what-if change for a resource of the template, matched by type and name as ARM spells them. */
    private static Optional<PlannedChange> changeOf(Plan plan, PlanResource resource) {
        return plan.changes().stream().filter(change -> change.resourceType().equalsIgnoreCase(resource.type())
                && change.resourceName().equalsIgnoreCase(resource.name())).findFirst();
    }

    /** The whole plan: every resource with its resolved name, action and source, the preflight, the cost. */
    public static List<String> lines(PlanReport report) {
        Plan plan = report.plan();
        List<String> lines = new ArrayList<>();
        if (!plan.resourceGroupExists()) {
            lines.add("+ resource group " + plan.target().resourceGroup() + " would be created" + (plan.target().location()
                    == null ? "" : " in " + plan.target().location()) + ", with every resource below in it.");
        }
        List<PlannedChange> shown = new ArrayList<>();
        for (PlanResource resource : report.resources()) {
            lines.add(String.format("%s %-27s %-40s %-7s %s", ACTION_SYMBOLS.getOrDefault(resource.action(), "?"),
                    ResourceKinds.friendly(resource.type()), resource.name(), resource.action(), resource.source()));
            changeOf(plan, resource).ifPresent(change -> {
                shown.add(change);
                lines.addAll(PropertyChangeText.lines(change.delta(), DELTA_INDENT));
            });
        }
        for (PlannedChange change : plan.changes()) {
            if (!shown.contains(change)) { // deployed by a module, or in the group only: Ignore (Delete in Complete mode)
                boolean left = change.changeType() == ChangeType.IGNORE || change.changeType() == ChangeType.DELETE;
                lines.add(String.format("%s %-27s %-40s %-7s %s", change.changeType().symbol(),
                        ResourceKinds.friendly(change.resourceType()), change.resourceName(),
                        change.changeType().armName().toLowerCase(Locale.ROOT),
                        left ? "what-if: not in the template" : "what-if: deployed by a module"));
                lines.addAll(PropertyChangeText.lines(change.delta(), DELTA_INDENT));
            }
        }
        lines.add("");
        lines.add("Preflight" + (report.preflight().checks().isEmpty() ? ": skipped" : ":"));
        lines.addAll(PreflightText.lines(report.preflight()));
        lines.add("");
        lines.add(PreflightText.costLine(report.cost()));
        if (plan.resourceGroupExists()) {
            List<String> summary = lines(plan);
            lines.add(summary.get(summary.size() - 1));
        }
        return lines;
    }

    public static ObjectNode json(PlanReport report) {
        ObjectNode root = json(report.plan());
        root.put("ok", !report.failed());
        ArrayNode resources = root.putArray("resources");
        for (PlanResource resource : report.resources()) {
            resources.addObject().put("name", resource.name()).put("type", resource.type())
                    .put("action", resource.action()).put("source", resource.source());
        }
        root.set("checks", PreflightText.checks(report.preflight()));
        root.set("suggestions", PreflightText.suggestions(report.preflight()));
        root.set("cost", PreflightText.cost(report.cost()));
        return root;
    }

    /** Why Azure refused the deployment, for stderr: the whole error tree, then the hints. */
    public static List<String> failure(DeploymentFailure failure) {
        List<String> lines = new ArrayList<>();
        lines.add("error: Azure refused the deployment");
        failure.error().describe().forEach(line -> lines.add("  " + line));
        failure.hints().forEach(hint -> lines.add("hint: " + hint));
        return lines;
    }

    public static ObjectNode json(Plan plan) {
        ObjectNode root = JsonFiles.MAPPER.createObjectNode().put("resourceGroup", plan.target().resourceGroup())
                .put("resourceGroupExists", plan.resourceGroupExists()).put("hasChanges", plan.hasChanges());
        ArrayNode changes = root.putArray("changes");
        for (PlannedChange change : plan.changes()) {
            ObjectNode item = changes.addObject().put("resourceId", change.resourceId())
                    .put("resourceType", change.resourceType()).put("resourceName", change.resourceName())
                    .put("changeType", change.changeType().armName());
            change.changedProperties().forEach(item.putArray("properties")::add);
            if (!change.delta().isEmpty()) {
                item.set("delta", PropertyChangeText.json(change.delta()));
            }
            if (change.unsupportedReason() != null) {
                item.put("unsupportedReason", change.unsupportedReason());
            }
        }
        ObjectNode summary = root.putObject("summary");
        counts(plan).forEach((type, count) -> summary.put(type.armName().substring(0, 1).toLowerCase(Locale.ROOT)
                + type.armName().substring(1), count));
        plan.failure().ifPresent(failure -> {
            root.set("error", NdjsonProgress.error(failure.error()));
            failure.hints().forEach(root.putArray("hints")::add);
        });
        return root;
    }

    private static Map<ChangeType, Integer> counts(Plan plan) {
        Map<ChangeType, Integer> counts = new EnumMap<>(ChangeType.class);
        for (ChangeType type : ChangeType.values()) {
            counts.put(type, 0);
        }
        plan.changes().forEach(change -> counts.merge(change.changeType(), 1, Integer::sum));
        return counts;
    }
}
