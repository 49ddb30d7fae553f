package dev.infractl.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongBinaryOperator;
import java.util.regex.Pattern;

/** https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-numeric */
final class NumericFunctions {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumericFunctions() {
    }

    static void register(Map<String, TemplateFunction> functions) {
        functions.put("add", call -> arithmetic(call, Math::addExact));
        functions.put("sub", call -> arithmetic(call, Math::subtractExact));
        functions.put("mul", call -> arithmetic(call, Math::multiplyExact));
        functions.put("div", call -> arithmetic(call, (a, b) -> a / nonZero(call, b)));
        functions.put("mod", call -> arithmetic(call, (a, b) -> a % nonZero(call, b)));
        functions.put("min", call -> extreme(call, true));
        functions.put("max", call -> extreme(call, false));
        functions.put("int", NumericFunctions::toInteger);
        functions.put("float", NumericFunctions::toFloat);
    }

    private static JsonNode arithmetic(Invocation call, LongBinaryOperator operation) {
        call.expectCount(2, 2);
        long left = call.integer(0);
        long right = call.integer(1);
        try {
            return JsonValues.integer(operation.applyAsLong(left, right));
        } catch (ArithmeticException e) {
            throw call.fail("the result does not fit in a 64-bit integer");
        }
    }

    private static long nonZero(Invocation call, long divisor) {
        if (divisor == 0) {
            throw call.fail("the divisor must not be zero");
        }
        return divisor;
    }

    /** Accepts integers or a single array of integers. */
    private static JsonNode extreme(Invocation call, boolean smallest) {
        call.expectCount(1, Integer.MAX_VALUE);
        List<JsonNode> values = new ArrayList<>();
        JsonNode first = call.value(0);
        if (call.count() == 1 && first.isArray()) {
            first.forEach(values::add);
        } else {
            values = call.values();
        }
        if (values.isEmpty()) {
            throw call.fail("expects at least one integer");
        }
        long result = smallest ? Long.MAX_VALUE : Long.MIN_VALUE;
        for (int i = 0; i < values.size(); i++) {
            long value = call.expect(i, values.get(i), "Integer", JsonNode::isIntegralNumber).asLong();
            result = smallest ? Math.min(result, value) : Math.max(result, value);
        }
        return JsonValues.integer(result);
    }

    private static JsonNode toInteger(Invocation call) {
        JsonNode value = call.expectCount(1, 1).value(0);
        if (value.isIntegralNumber()) {
            return value;
        }
        if (value.isNumber()) {
            return JsonValues.integer(value.longValue());
        }
        if (value.isTextual()) {
            try {
                return JsonValues.integer(Long.parseLong(value.asText().trim()));
            } catch (NumberFormatException e) {
                throw call.fail("cannot convert '" + value.asText() + "' to an integer");
            }
        }
        throw call.fail("cannot convert a value of type '" + JsonValues.typeName(value) + "' to an integer");
    }

    /** float(string or int): a floating point number, as Logic Apps parameters take it. */
    private static JsonNode toFloat(Invocation call) {
        JsonNode value = call.expectCount(1, 1).value(0);
        if (value.isNumber()) {
            return DoubleNode.valueOf(value.doubleValue());
        }
        if (value.isTextual() && DECIMAL.matcher(value.asText().trim()).matches()) {
            return DoubleNode.valueOf(Double.parseDouble(value.asText().trim()));
        }
        if (value.isTextual()) {
            throw call.fail("cannot convert '" + value.asText() + "' to a floating point number");
        }
        throw call.fail("cannot convert a value of type '" + JsonValues.typeName(value) + "' to a floating point number");
    }
}
