package dev.infractl.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.arm.expression.FunctionRegistry;
import java.util.Set;

/**
 * Validates every expression of the template before anything is deployed, as Resource Manager does: each
 * must parse, and each function it calls must exist, even in branches or resources that never run.
 */
final class FunctionCheck {

    private final FunctionRegistry functions;

    FunctionCheck(FunctionRegistry functions) {
        this.functions = functions;
    }

    void check(JsonNode template) {
        for (String section : new String[] {"functions", "parameters", "variables", "resources", "outputs"}) {
            FunctionCalls.forEach(template.path(section), "$." + section, Set.of(), (call, site) -> {
                if (functions.find(call.name()).isEmpty()) {
                    throw site.unknownFunction(call.name());
                }
            });
        }
    }
}
