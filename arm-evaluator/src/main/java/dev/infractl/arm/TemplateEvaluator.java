package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;

/** Prepares an ARM template for deployment: parameters, variables, copy loops, conditions and order. */
public final class TemplateEvaluator {

    private TemplateEvaluator() {
    }

    /**
     * @param parameters ARM shape: {@code {"name": {"value": v}}}; a Key Vault {@code reference} is refused
     * @throws TemplateException when Resource Manager would refuse the template or the parameters
     */
    public static PreparedDeployment prepare(JsonNode template, JsonNode parameters, DeploymentScope scope) {
        return prepare(template, parameters, scope, Clock.systemUTC());
    }

    /** As {@link #prepare(JsonNode, JsonNode, DeploymentScope)}, with the clock {@code utcNow()} reads. */
    public static PreparedDeployment prepare(JsonNode template, JsonNode parameters, DeploymentScope scope,
                                             Clock clock) {
        return new DeploymentPreparation(template, parameters, scope, clock).prepare();
    }
}
