package dev.infractl.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.config.JsonFiles;
import dev.infractl.deploy.ArmError;
import dev.infractl.deploy.ProgressListener;
import dev.infractl.deploy.ProvisionEvent;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --output json}: one JSON object per line on stdout, each with an {@code "event"} field; resource
 * events carry resourceType, resourceName and state; the last line is the {@code "finished"} event.
 */
public final class NdjsonProgress implements ProgressListener {

    private final PrintWriter out;

    public NdjsonProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void on(ProvisionEvent event) {
        if (event instanceof ProvisionEvent.Waiting) {
            return;
        }
        ObjectNode line = JsonFiles.MAPPER.createObjectNode();
        if (event instanceof ProvisionEvent.ResourceGroupCreated created) {
            line.put("event", "resourceGroupCreated").put("resourceGroup", created.name()).put("location", created.location());
        } else if (event instanceof ProvisionEvent.Validated validated) {
            line.put("event", "validated").put("deployment", validated.deploymentName());
        } else if (event instanceof ProvisionEvent.Submitted submitted) {
            line.put("event", "submitted").put("deployment", submitted.deploymentName())
                    .put("resourceGroup", submitted.resourceGroup()).put("attached", submitted.attached())
                    .put("portal", submitted.portalLink());
        } else if (event instanceof ProvisionEvent.ResourceChanged changed) {
            line.put("event", "resource").put("resourceType", changed.resourceType())
                    .put("resourceName", changed.resourceName()).put("kind", ResourceKinds.friendly(changed.resourceType()))
                    .put("state", changed.state().armName());
            changed.duration().ifPresent(duration -> line.put("durationMs", duration.toMillis()));
            changed.error().ifPresent(error -> line.set("error", error(error)));
        } else if (event instanceof ProvisionEvent.Finished finished) {
            finished(line, finished);
        }
        line.put("time", event.at().toString());
        out.println(line.toString());
        out.flush();
    }

    private static void finished(ObjectNode line, ProvisionEvent.Finished finished) {
        line.put("event", "finished").put("status", finished.state().armName())
                .put("reason", finished.reason().name().toLowerCase(Locale.ROOT)).put("deployment", finished.deploymentName());
        ObjectNode outputs = line.putObject("outputs");
        finished.outputs().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> outputs.put(entry.getKey(), entry.getValue()));
        finished.failure().ifPresent(failure -> {
            line.set("error", error(failure.error()));
            ArrayNode operations = line.putArray("failedOperations");
            failure.failedOperations().forEach(operation -> {
                ObjectNode item = operations.addObject().put("resourceType", operation.resourceType())
                        .put("resourceName", operation.resourceName()).put("state", operation.state().armName());
                operation.error().ifPresent(error -> item.set("error", error(error)));
            });
            failure.hints().forEach(line.putArray("hints")::add);
        });
        line.put("portal", finished.portalLink());
        line.put("exitCode", finished.exitCode().code());
    }

    static ObjectNode error(ArmError error) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode().put("code", error.code()).put("message", error.message());
        error.optionalTarget().ifPresent(target -> node.put("target", target));
        ArrayNode details = node.putArray("details");
        error.details().forEach(detail -> details.add(error(detail)));
        return node;
    }
}
