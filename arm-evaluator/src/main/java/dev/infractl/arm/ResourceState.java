package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The resources that exist while a deployment runs, supplied by the caller so that {@code reference()} and
 * {@code listKeys()} read what Resource Manager would read at that moment.
 */
public interface ResourceState {

    /** The full resource JSON (id, name, type, location, properties, ...), or empty when it does not exist. */
    Optional<JsonNode> resource(String resourceId);

    /** The answer of the resource's listKeys action; throws {@link TemplateException} when it is unknown. */
    JsonNode listKeys(String resourceId, String apiVersion);

    /**
     * The answer of any other {@code list*} action (a POST on the resource, such as listAccountSas or
     * listCallbackUrl), given the template's request body; empty when the action is unknown here (by default
     * all but listKeys). Throws {@link TemplateException} when the provider refuses it.
     */
    default Optional<JsonNode> action(String resourceId, String action, String apiVersion, JsonNode body) {
        return action.equalsIgnoreCase("listKeys") ? Optional.of(listKeys(resourceId, apiVersion)) : Optional.empty();
    }

    /**
     * What the deprecated {@code providers()} returns: {@code {"namespace", "resourceTypes": [{"resourceType",
     * "locations", "apiVersions"}]}}, or empty when the namespace is unknown (always, unless the caller knows).
     */
    default Optional<JsonNode> provider(String namespace) {
        return Optional.empty();
    }

    /** A state without any resources: every {@code reference()} fails, as before anything is deployed. */
    static ResourceState none() {
        return new ResourceState() {
            @Override
            public Optional<JsonNode> resource(String resourceId) {
                return Optional.empty();
            }

            @Override
            public JsonNode listKeys(String resourceId, String apiVersion) {
                throw TemplateException.resourceNotFound(resourceId);
            }
        };
    }
}
