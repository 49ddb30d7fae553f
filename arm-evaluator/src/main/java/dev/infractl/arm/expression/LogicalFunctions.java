package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;

/** https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-logical */
final class LogicalFunctions {

    private LogicalFunctions() {
    }

    static void register(Map<String, TemplateFunction> functions) {
        functions.put("true", call -> constant(call, true));
        functions.put("false", call -> constant(call, false));
        functions.put("not", call -> JsonValues.bool(!call.expectCount(1, 1).bool(0)));
        // and() and or() stop at the first argument that decides, so a guard such as
        // and(not(empty(x)), equals(x[0], 'a')) never evaluates what it guards.
        functions.put("and", call -> JsonValues.bool(!decidedBy(call, false)));
        functions.put("or", call -> JsonValues.bool(decidedBy(call, true)));
        // Only the branch taken is evaluated, so a reference() in the other one never runs.
        functions.put("if", call -> call.expectCount(3, 3).value(call.bool(0) ? 1 : 2));
        functions.put("bool", LogicalFunctions::bool);
    }

    /** Whether some argument equals {@code decisive}, evaluating arguments only until one does. */
    private static boolean decidedBy(Invocation call, boolean decisive) {
        call.expectCount(2, Integer.MAX_VALUE);
        for (int i = 0; i < call.count(); i++) {
            if (call.bool(i) == decisive) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode constant(Invocation call, boolean value) {
        call.expectCount(0, 0);
        return JsonValues.bool(value);
    }

    private static JsonNode bool(Invocation call) {
        JsonNode value = call.expectCount(1, 1).value(0);
        if (value.isBoolean()) {
            return value;
        }
        if (value.isIntegralNumber()) {
            return JsonValues.bool(value.asLong() != 0);
        }
        if (value.isTextual()) {
            String text = value.asText().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return JsonValues.bool(text.equals("true"));
            }
        }
        throw call.fail("cannot convert '" + JsonValues.toText(value) + "' to a boolean");
    }
}
