package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.arm.PlannedResource;
import dev.infractl.arm.PreparedDeployment;
import dev.infractl.arm.TemplateException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Deployment bodies as ARM answers them: accepted, validated, and the InvalidTemplate error. */
final class DeploymentJson {

    private DeploymentJson() {
    }

    static ObjectNode accepted(String id, String name, JsonNode request, JsonNode template, PreparedDeployment prepared,
                               Instant now) {
        ObjectNode body = skeleton(id, name, request, template, prepared, now);
        ((ObjectNode) body.get("properties")).put("provisioningState", DeploymentState.Accepted.name())
                .putArray("outputResources");
        return body;
    }

    static ObjectNode validated(String id, String name, JsonNode request, JsonNode template, PreparedDeployment prepared,
                                Instant now) {
        ObjectNode body = skeleton(id, name, request, template, prepared, now);
        ObjectNode properties = (ObjectNode) body.get("properties");
        properties.put("provisioningState", DeploymentState.Succeeded.name());
        var validated = properties.putArray("validatedResources");
        for (PlannedResource resource : prepared.resources()) {
            if (resource.condition()) {
                validated.addObject().put("id", resource.resourceId());
            }
        }
        return body;
    }

    static ArmError invalidTemplate(TemplateException e) {
        String where = e.jsonPath() == null ? "" : " (at " + e.jsonPath() + ")";
        ArmError detail = new ArmError(e.code(), e.getMessage() + where, e.jsonPath(), List.of());
        return ArmError.of(e.code(), "Deployment template validation failed: '" + e.getMessage() + where
                + "'. Please see https://aka.ms/arm-syntax for usage details.", List.of(detail));
    }

    private static ObjectNode skeleton(String id, String name, JsonNode request, JsonNode template,
                                       PreparedDeployment prepared, Instant now) {
        ObjectNode body = Json.object().put("id", id).put("name", name).put("type", "Microsoft.Resources/deployments");
        if (request.path("location").isTextual()) { // a subscription-scope deployment's, required there
            body.put("location", Regions.normal(request.get("location").asText()));
        }
        body.set("tags", request.path("tags").isObject() ? request.get("tags") : Json.object());
        ObjectNode properties = body.putObject("properties")
                .put("templateHash", templateHash(template))
                .put("mode", request.path("properties").path("mode").asText("Incremental"))
                .put("timestamp", now.toString())
                .put("duration", "PT0S")
                .put("correlationId", Deployments.newCorrelationId());
        properties.set("parameters", typedParameters(template, prepared));
        properties.putArray("providers");
        properties.putArray("dependencies");
        return body;
    }

    /** Effective parameters with their declared types; secure values are not echoed, as ARM does not. */
    private static ObjectNode typedParameters(JsonNode template, PreparedDeployment prepared) {
        ObjectNode typed = Json.object();
        prepared.parameters().forEach((parameterName, value) -> {
            String declared = template.path("parameters").path(parameterName).path("type").asText("string");
            ObjectNode entry = typed.putObject(parameterName).put("type", capitalized(declared));
            if (!declared.toLowerCase(Locale.ROOT).startsWith("secure")) {
                entry.set("value", value);
            }
        });
        return typed;
    }

    private static String capitalized(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "securestring" -> "SecureString";
            case "secureobject" -> "SecureObject";
            default -> Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        };
    }

    private static String templateHash(JsonNode template) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Json.text(template).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, Arrays.copyOf(digest, 8)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
