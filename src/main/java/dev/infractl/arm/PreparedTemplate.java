package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** What a prepared deployment keeps to evaluate resource bodies and outputs later. */
public final class PreparedTemplate {

    PreparedTemplate() {
    }

    JsonNode evaluateResource(PlannedResource resource, ResourceState state) {
        throw new UnsupportedOperationException("not yet");
    }

    Map<String, JsonNode> outputs(ResourceState state) {
        throw new UnsupportedOperationException("not yet");
    }
}
