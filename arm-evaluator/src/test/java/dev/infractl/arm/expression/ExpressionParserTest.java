package dev.infractl.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.arm.TemplateException;
import dev.infractl.arm.expression.Expression.FunctionCall;
import dev.infractl.arm.expression.Expression.IndexAccess;
import dev.infractl.arm.expression.Expression.IntegerLiteral;
import dev.infractl.arm.expression.Expression.PropertyAccess;
import dev.infractl.arm.expression.Expression.StringLiteral;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

    private static Expression parse(String text) {
        return ExpressionParser.parse(new ExpressionSite(text, "$.outputs.x.value"));
    }

    @Test
    void parsesNestedCallsWithPropertyAndIndexAccess() {
        Expression expression = parse("[reference(resourceId('Microsoft.App/containerApps', 'app'), '2024-03-01')"
                + ".configuration.ingress['fqdn'][0]]");

        assertThat(expression).isEqualTo(new IndexAccess(new IndexAccess(new PropertyAccess(new PropertyAccess(
                new FunctionCall("reference", List.of(
                        new FunctionCall("resourceId", List.of(new StringLiteral("Microsoft.App/containerApps"),
                                new StringLiteral("app"))),
                        new StringLiteral("2024-03-01"))),
                "configuration"), "ingress"), new StringLiteral("fqdn")), new IntegerLiteral(0)));
    }

    @Test
    void readsEscapedQuotesNegativeNumbersAndSpaces() {
        assertThat(parse("[ concat( 'it''s' , -12 ) ]")).isEqualTo(new FunctionCall("concat",
                List.of(new StringLiteral("it's"), new IntegerLiteral(-12))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        [concat('a', 'b']                | expected ',' or ')' but found the end of the expression
        [concat('a)]                     | is not closed by a quote
        []                               | the expression is empty
        [concat('a') concat('b')]        | expected the end of the expression but found 'concat'
        [concat('a'),]                   | expected the end of the expression but found ','
        [parameters('a').]               | expected a property name
        [#x]                             | the character '#' at position 0 is not expected
        """)
    void refusesMalformedExpressionsNamingThemAndTheirPath(String text, String detail) {
        assertThatThrownBy(() -> parse(text))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidTemplate");
                    assertThat(e.jsonPath()).isEqualTo("$.outputs.x.value");
                    assertThat(e.getMessage()).contains("The language expression '" + text + "' is not valid")
                            .contains(detail).contains("$.outputs.x.value");
                });
    }

    @Test
    void tellsExpressionsFromEscapedLiterals() {
        assertThat(TemplateStrings.isExpression("[variables('a')]")).isTrue();
        assertThat(TemplateStrings.isExpression("[[variables('a')]")).isFalse();
        assertThat(TemplateStrings.literal("[[variables('a')]")).isEqualTo("[variables('a')]");
        assertThat(TemplateStrings.isExpression("plain [text]")).isFalse();
    }
}
