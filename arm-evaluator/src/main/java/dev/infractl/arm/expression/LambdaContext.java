package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.DeploymentScope;
import dev.infractl.arm.ResourceState;
import java.time.Clock;
import java.util.Map;

/** The context inside a lambda body: the enclosing one, plus the lambda's variables. */
final class LambdaContext implements EvaluationContext {

    private final EvaluationContext enclosing;
    private final Map<String, JsonNode> variables;

    LambdaContext(EvaluationContext enclosing, Map<String, JsonNode> variables) {
        this.enclosing = enclosing;
        this.variables = variables;
    }

    @Override
    public JsonNode lambdaVariable(String name, Invocation call) {
        JsonNode value = variables.get(name);
        return value != null ? value : enclosing.lambdaVariable(name, call);
    }

    @Override
    public JsonNode parameter(String name, Invocation call) {
        return enclosing.parameter(name, call);
    }

    @Override
    public JsonNode variable(String name, Invocation call) {
        return enclosing.variable(name, call);
    }

    @Override
    public DeploymentScope scope() {
        return enclosing.scope();
    }

    @Override
    public JsonNode deployment() {
        return enclosing.deployment();
    }

    @Override
    public int copyIndex(String loopName, Invocation call) {
        return enclosing.copyIndex(loopName, call);
    }

    @Override
    public ResourceState resources(Invocation call) {
        return enclosing.resources(call);
    }

    @Override
    public String resourceId(String nameOrId, Invocation call) {
        return enclosing.resourceId(nameOrId, call);
    }

    @Override
    public boolean allowsCurrentTime() {
        return enclosing.allowsCurrentTime();
    }

    @Override
    public Clock clock() {
        return enclosing.clock();
    }
}
