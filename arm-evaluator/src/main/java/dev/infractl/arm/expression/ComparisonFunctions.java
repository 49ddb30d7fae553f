package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-comparison */
final class ComparisonFunctions {

    private ComparisonFunctions() {
    }

    static void register(Map<String, TemplateFunction> functions) {
        functions.put("equals", call -> JsonValues.bool(
                JsonValues.equal(call.expectCount(2, 2).value(0), call.value(1))));
        functions.put("greater", call -> JsonValues.bool(compare(call) > 0));
        functions.put("greaterOrEquals", call -> JsonValues.bool(compare(call) >= 0));
        functions.put("less", call -> JsonValues.bool(compare(call) < 0));
        functions.put("lessOrEquals", call -> JsonValues.bool(compare(call) <= 0));
        functions.put("coalesce", ComparisonFunctions::coalesce);
    }

    /** Integers by value, strings ordinally (so 'A' is less than 'a'); anything else is a type error. */
    private static int compare(Invocation call) {
        call.expectCount(2, 2);
        JsonNode left = call.value(0);
        JsonNode right = call.value(1);
        if (left.isIntegralNumber() && right.isIntegralNumber()) {
            return Long.compare(left.asLong(), right.asLong());
        }
        if (left.isTextual() && right.isTextual()) {
            return Integer.signum(left.asText().compareTo(right.asText()));
        }
        throw call.fail("expects two integers or two strings but got '" + JsonValues.typeName(left) + "' and '"
                + JsonValues.typeName(right) + "'");
    }

    /** The first argument that is not null; later arguments are not evaluated. */
    private static JsonNode coalesce(Invocation call) {
        call.expectCount(1, Integer.MAX_VALUE);
        for (int i = 0; i < call.count(); i++) {
            JsonNode value = call.value(i);
            if (!value.isNull()) {
                return value;
            }
        }
        return JsonValues.nullValue();
    }
}
