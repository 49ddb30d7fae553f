package dev.infractl.emulator.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;

/**
 * What a client needs to reach an emulator: the first line {@code infractl emulator} prints. The suite knows nothing
 * else about the emulator, so it measures it from the outside, as the az CLI or the SDK sees it.
 */
record Endpoint(URI arm, Path caCert, String token, String subscriptionId, String tenantId, URI files) {

    static Endpoint fromLine(String line) {
        try {
            JsonNode json = new ObjectMapper().readTree(line);
            return new Endpoint(URI.create(json.get("arm_endpoint").asText()), Path.of(json.get("ca_cert").asText()),
                    json.get("token").asText(), json.get("subscription_id").asText(), json.get("tenant_id").asText(),
                    URI.create(json.get("files_endpoint").asText()));
        } catch (Exception e) {
            throw new IllegalArgumentException("not the emulator's first line (arm_endpoint, ca_cert, token,"
                    + " subscription_id, tenant_id, files_endpoint): " + line, e);
        }
    }

    /** {@code /subscriptions/{id}}, the start of most paths. */
    String sub() {
        return "/subscriptions/" + subscriptionId;
    }
}
