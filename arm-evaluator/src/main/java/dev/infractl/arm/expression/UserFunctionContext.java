package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.DeploymentScope;
import dev.infractl.arm.ResourceState;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/** Inside a user-defined function: parameters() reads its arguments; variables and resources are out of reach. */
final class UserFunctionContext implements EvaluationContext {

    private final EvaluationContext caller;
    private final Map<String, JsonNode> arguments;

    UserFunctionContext(EvaluationContext caller, Map<String, JsonNode> arguments) {
        this.caller = caller;
        this.arguments = arguments;
    }

    @Override
    public JsonNode parameter(String name, Invocation call) {
        JsonNode value = arguments.get(name.toLowerCase(Locale.ROOT));
        if (value == null) {
            throw call.fail("the user-defined function has no parameter '" + name + "'");
        }
        return value;
    }

    @Override
    public JsonNode variable(String name, Invocation call) {
        throw notHere(call);
    }

    @Override
    public DeploymentScope scope() {
        return caller.scope();
    }

    @Override
    public JsonNode deployment() {
        return caller.deployment();
    }

    @Override
    public int copyIndex(String loopName, Invocation call) {
        throw notHere(call);
    }

    @Override
    public ResourceState resources(Invocation call) {
        throw notHere(call);
    }

    @Override
    public String resourceId(String nameOrId, Invocation call) {
        throw notHere(call);
    }

    @Override
    public boolean allowsCurrentTime() {
        return false;
    }

    @Override
    public Clock clock() {
        return caller.clock();
    }

    private static RuntimeException notHere(Invocation call) {
        return call.site().error("The template function '" + call.name()
                + "' cannot be used inside a user-defined function");
    }
}
