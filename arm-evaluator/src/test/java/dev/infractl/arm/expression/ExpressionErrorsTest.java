package dev.infractl.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.arm.TemplateException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes in expressions fail like Resource Manager's InvalidTemplate, naming what and where. */
class ExpressionErrorsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        [foo('x')]                                  | The template function 'foo' is not valid
        [concat('a', fooBar())]                     | The template function 'fooBar' is not valid
        [substring(1, 0, 1)]                        | 'substring': the argument 1 must be of type 'String' but is of type 'Integer'
        [substring('abc', 2, 5)]                    | 'substring': the length 5 from index 2 goes past the end
        [add('1', 2)]                               | 'add': the argument 1 must be of type 'Integer' but is of type 'String'
        [not('yes')]                                | 'not': the argument 1 must be of type 'Boolean'
        [greater(1, 'a')]                           | 'greater': expects two integers or two strings
        [div(1, 0)]                                 | 'div': the divisor must not be zero
        [parameters('missing')]                     | The template parameter 'missing' is not found
        [variables('missing')]                      | The template variable 'missing' is not found
        [createObject('a', 1).b]                    | The language expression property 'b' doesn't exist, available properties are 'a'
        [createArray(1, 2)[2]]                      | array index '2' is out of bounds
        [toLower()]                                 | 'toLower': expects 1 argument(s) but got 0
        [json('{not json')]                         | 'json': the argument is not valid JSON
        [indexFromEnd(createArray(1, 2), 3)]        | 'indexFromEnd': the index from the end 3 is outside the array of 2 item(s)
        [float('1,5')]                              | 'float': cannot convert '1,5' to a floating point number
        [groupBy(createArray(1), lambda('x', lambdaVariables('x')))] | 'groupBy': the argument 2 must be of type 'String'
        [providers('Microsoft.Web')]                | 'providers': the resource provider namespace 'Microsoft.Web' is not known here
        [utcNow()]                                  | The template function 'utcNow' is not expected at this location
        [newGuid()]                                 | The template function 'newGuid' is not expected at this location
        [copyIndex()]                               | The template function 'copyIndex' is not expected at this location
        [lambdaVariables('x')]                      | 'lambdaVariables': there is no lambda variable 'x' here
        [map(createArray(1), 'notALambda')]         | 'map': the argument 2 must be a lambda expression
        [listCredentials('acr', '2023-01-01')]      | The template reference 'acr' is not valid
        [listCredentials(resourceId('Microsoft.ContainerRegistry/registries', 'acr'), '2023-01-01')] | 'listCredentials': the resource action 'listCredentials' is not available here
        [reference('nothing')]                      | The template reference 'nothing' is not valid
        [resourceId('Microsoft.Storage/storageAccounts/fileServices', 'acct')] | no argument is a resource type whose segments match
        """)
    void failsWithInvalidTemplateNamingTheProblemAndItsPath(String expression, String message) {
        assertThatThrownBy(() -> Evaluate.expression(expression))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidTemplate");
                    assertThat(e.jsonPath()).isEqualTo("$.outputs.result.value");
                    assertThat(e.getMessage()).contains(message).contains(expression).contains("$.outputs.result.value");
                });
    }
}
