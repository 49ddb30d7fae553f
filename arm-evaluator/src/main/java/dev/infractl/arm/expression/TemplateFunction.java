package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;

/** One template function; arguments are evaluated only when the implementation asks for them. */
@FunctionalInterface
public interface TemplateFunction {

    JsonNode apply(Invocation call);
}
