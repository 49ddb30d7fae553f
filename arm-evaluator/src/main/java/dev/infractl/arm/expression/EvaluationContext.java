package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.DeploymentScope;
import dev.infractl.arm.ResourceState;
import java.time.Clock;

/** What the template functions read: the deployment's values, the copy loop position and the live resources. */
public interface EvaluationContext {

    JsonNode parameter(String name, Invocation call);

    JsonNode variable(String name, Invocation call);

    DeploymentScope scope();

    /** The value {@code deployment()} returns. */
    JsonNode deployment();

    /** The current iteration of the named copy loop, or of the resource or output loop when it is null. */
    int copyIndex(String loopName, Invocation call);

    /** The resources as they are now; fails the call where ARM allows no {@code reference()}. */
    ResourceState resources(Invocation call);

    /** The full id for a resource name declared in the template, or the argument itself when it is an id. */
    String resourceId(String nameOrId, Invocation call);

    /** {@code utcNow()} and {@code newGuid()} are only allowed in a parameter's default value. */
    boolean allowsCurrentTime();

    Clock clock();

    /** A variable of an enclosing lambda; outside any lambda there is none. */
    default JsonNode lambdaVariable(String name, Invocation call) {
        throw call.fail("there is no lambda variable '" + name + "' here");
    }
}
