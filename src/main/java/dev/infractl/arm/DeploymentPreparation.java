package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;

final class DeploymentPreparation {

    DeploymentPreparation(JsonNode template, JsonNode parameters, DeploymentScope scope, Clock clock) {
    }

    PreparedDeployment prepare() {
        throw new UnsupportedOperationException("not yet");
    }
}
