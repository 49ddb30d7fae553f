package dev.infractl.emulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deployment's id taken apart: in a resource group
 * ({@code /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Resources/deployments/{name}}) or at
 * subscription scope ({@code /subscriptions/{sub}/providers/Microsoft.Resources/deployments/{name}}).
 *
 * @param resourceGroup null at subscription scope
 */
record DeploymentId(String subscriptionId, String resourceGroup, String name) {

    private static final Pattern SHAPE = Pattern.compile("^/subscriptions/([^/]+)(?:/resourceGroups/([^/]+))?"
            + "/providers/Microsoft\\.Resources/deployments/([^/]+)$", Pattern.CASE_INSENSITIVE);

    static DeploymentId parse(String id) {
        Matcher matcher = SHAPE.matcher(id);
        if (!matcher.matches()) {
            throw ArmFailure.badRequest("InvalidResourceId", "'" + id + "' is not a deployment id.");
        }
        return new DeploymentId(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    boolean atSubscription() {
        return resourceGroup == null;
    }
}
