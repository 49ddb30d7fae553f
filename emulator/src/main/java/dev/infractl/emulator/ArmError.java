package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Resource Manager's error shape: code, message and nested details, as every ARM error body carries it. */
record ArmError(String code, String message, String target, List<ArmError> details) {

    ArmError {
        details = List.copyOf(details);
    }

    static ArmError of(String code, String message) {
        return new ArmError(code, message, null, List.of());
    }

    static ArmError of(String code, String message, List<ArmError> details) {
        return new ArmError(code, message, null, details);
    }

    /** The {@code error} object itself (code, message, details). */
    ObjectNode toJson() {
        ObjectNode node = Json.object().put("code", code).put("message", message);
        if (target != null) {
            node.put("target", target);
        }
        ArrayNode nested = node.putArray("details");
        details.forEach(detail -> nested.add(detail.toJson()));
        return node;
    }

    /** The response body: {@code {"error": {...}}}. */
    ObjectNode toBody() {
        ObjectNode body = Json.object();
        body.set("error", toJson());
        return body;
    }

    static ArmError fromJson(JsonNode node) {
        List<ArmError> details = new ArrayList<>();
        node.path("details").forEach(detail -> details.add(fromJson(detail)));
        String target = node.hasNonNull("target") ? node.get("target").asText() : null;
        return new ArmError(node.path("code").asText("Unknown"), node.path("message").asText(""), target, details);
    }
}
