package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.expression.EvaluationContext;
import dev.infractl.arm.expression.Invocation;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where in the deployment an expression is evaluated: the copy loops it is inside, whether live resources
 * can be read (resource bodies and outputs), and whether the current time is allowed (parameter defaults).
 */
final class TemplateContext implements EvaluationContext {

    private final DeploymentValues values;
    private final Map<String, Integer> copyIndices;
    private final ResourceState state;
    private final boolean inParameterDefault;

    TemplateContext(DeploymentValues values) {
        this(values, Map.of(), null, false);
    }

    private TemplateContext(DeploymentValues values, Map<String, Integer> copyIndices, ResourceState state,
                            boolean inParameterDefault) {
        this.values = values;
        this.copyIndices = copyIndices;
        this.state = state;
        this.inParameterDefault = inParameterDefault;
    }

    DeploymentValues values() {
        return values;
    }

    Map<String, Integer> copyIndices() {
        return copyIndices;
    }

    TemplateContext withCopyIndex(String loop, int index) {
        Map<String, Integer> indices = new LinkedHashMap<>(copyIndices);
        indices.put(loop, index);
        return new TemplateContext(values, indices, state, inParameterDefault);
    }

    TemplateContext withCopyIndices(Map<String, Integer> indices) {
        return new TemplateContext(values, new LinkedHashMap<>(indices), state, inParameterDefault);
    }

    TemplateContext withState(ResourceState resources) {
        return new TemplateContext(values, copyIndices, resources, inParameterDefault);
    }

    TemplateContext forParameterDefault() {
        return new TemplateContext(values, copyIndices, state, true);
    }

    @Override
    public JsonNode parameter(String name, Invocation call) {
        return values.parameters().value(name, call, values.context());
    }

    @Override
    public JsonNode variable(String name, Invocation call) {
        return values.variables().value(name, call, values.context());
    }

    @Override
    public DeploymentScope scope() {
        return values.scope();
    }

    @Override
    public JsonNode deployment() {
        return values.deployment();
    }

    @Override
    public int copyIndex(String loopName, Invocation call) {
        if (copyIndices.isEmpty()) {
            throw call.site().error("The template function 'copyIndex' is not expected at this location. "
                    + "It can only be used inside a copy loop");
        }
        if (loopName == null) {
            // Without a name ARM means the resource (or output) loop, which is always the outermost one.
            return copyIndices.values().iterator().next();
        }
        for (Map.Entry<String, Integer> loop : copyIndices.entrySet()) {
            if (loop.getKey().equalsIgnoreCase(loopName)) {
                return loop.getValue();
            }
        }
        throw call.fail("the copy loop '" + loopName + "' does not enclose this expression; enclosing loops are "
                + copyIndices.keySet());
    }

    @Override
    public ResourceState resources(Invocation call) {
        if (state == null) {
            throw call.site().error("The template function '" + call.name() + "' is not expected at this location. "
                    + "It can only be used in resource properties and outputs");
        }
        return state;
    }

    @Override
    public String resourceId(String nameOrId, Invocation call) {
        return values.resourceId(nameOrId).orElseThrow(() -> call.site().error("The template reference '" + nameOrId
                + "' is not valid: could not find a template resource or resource copy with this name"));
    }

    @Override
    public boolean allowsCurrentTime() {
        return inParameterDefault;
    }

    @Override
    public Clock clock() {
        return values.clock();
    }
}
