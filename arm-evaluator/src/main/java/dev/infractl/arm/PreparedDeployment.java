package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template made ready to deploy: effective parameters, variables, and the resources in an order that
 * respects every dependency. Resource bodies and outputs are evaluated later, against the resources that
 * exist by then, because {@code reference()} and {@code listKeys()} read them.
 *
 * @param parameters effective values, defaults applied
 * @param resources  dependency order, copy loops expanded
 * @param template   what the late evaluations need; opaque to callers
 */
public record PreparedDeployment(Map<String, JsonNode> parameters,
                                 Map<String, JsonNode> variables,
                                 List<PlannedResource> resources,
                                 PreparedTemplate template) {

    public PreparedDeployment {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        resources = List.copyOf(resources);
    }

    /** The resource body (name, type, location, properties, ...) with every expression evaluated. */
    public JsonNode evaluateResource(PlannedResource resource, ResourceState state) {
        return template.evaluateResource(resource, state);
    }

    /** Output name to {@code {"type": "String", "value": ...}}, leaving out outputs whose condition is false. */
    public Map<String, JsonNode> outputs(ResourceState state) {
        return template.outputs(state);
    }
}
