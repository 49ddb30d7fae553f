package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Nested deployments (Bicep modules) whose template is evaluated in its own scope: its expressions belong to
 * the inner template, so the outer deployment leaves them as written for the caller to deploy.
 */
final class NestedDeployments {

    private NestedDeployments() {
    }

    static boolean hasInnerScope(JsonNode resource) {
        return resource.path("type").asText().equalsIgnoreCase("Microsoft.Resources/deployments")
                && resource.path("properties").path("expressionEvaluationOptions").path("scope").asText()
                        .equalsIgnoreCase("inner");
    }

    /** Removes and returns the inner template of such a deployment, or returns null for any other resource. */
    static JsonNode detachInnerTemplate(ObjectNode resource) {
        if (!hasInnerScope(resource) || !resource.path("properties").has("template")) {
            return null;
        }
        return ((ObjectNode) resource.get("properties")).remove("template");
    }
}
