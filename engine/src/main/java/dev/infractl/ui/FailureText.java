package dev.infractl.ui;

import dev.infractl.deploy.DeploymentFailure;
import dev.infractl.deploy.DeploymentOperation;
import dev.infractl.deploy.ProvisionEvent;
import dev.infractl.deploy.StopReason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A failed deployment for people: the whole error tree, each failed operation with its own status
 * message, the portal link, and the hints. Shared by the live and the plain renderers.
 */
final class FailureText {

    private FailureText() {
    }

    static List<String> lines(ProvisionEvent.Finished finished, DeploymentFailure failure) {
        List<String> lines = new ArrayList<>();
        String name = finished.deploymentName() == null ? "the deployment" : "deployment " + finished.deploymentName();
        lines.add("error: " + name + (switch (finished.reason()) {
            case REJECTED -> " was refused by Azure";
            default -> " ended " + finished.state().armName();
        }));
        Set<String> said = new HashSet<>();
        failure.error().describe().forEach(line -> {
            lines.add("  " + line);
            said.add(line.strip());
        });
        if (!failure.failedOperations().isEmpty()) {
            lines.add("failed operations:");
            for (DeploymentOperation operation : failure.failedOperations()) {
                lines.add("  " + ResourceKinds.friendly(operation.resourceType()) + " " + operation.resourceName() + ": "
                        + operation.state().armName());
                // the deployment's tree usually repeats the operation's message: each message is printed once
                operation.error().ifPresent(error -> error.describe().stream().filter(line -> said.add(line.strip()))
                        .forEach(line -> lines.add("    " + line)));
            }
        }
        if (finished.portalLink() != null && finished.reason() != StopReason.REJECTED) {
            lines.add("portal: " + finished.portalLink());
        }
        failure.hints().forEach(hint -> lines.add("hint: " + hint));
        return lines;
    }
}
