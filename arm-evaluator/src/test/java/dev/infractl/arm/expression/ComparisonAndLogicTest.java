package dev.infractl.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples from Microsoft's "Comparison", "Logical" and "Numeric functions for ARM templates" pages. */
class ComparisonAndLogicTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        [coalesce(null(), null(), 'default')]                         | "default"
        [coalesce(null(), 1)]                                         | 1
        [coalesce(null(), null())]                                    | null
        [equals(1, 1)]                                                | true
        [equals('a', 'a')]                                            | true
        [equals('a', 'A')]                                            | false
        [equals(createArray('a', 'b'), createArray('a', 'b'))]        | true
        [equals(createObject('a', 'b'), createObject('a', 'b'))]      | true
        [equals(createArray('a'), createArray('b'))]                  | false
        [greater(10, 5)]                                              | true
        [greater('A', 'a')]                                           | false
        [greaterOrEquals(10, 10)]                                     | true
        [greaterOrEquals('A', 'a')]                                   | false
        [less(1, 10)]                                                 | true
        [less('A', 'a')]                                              | true
        [lessOrEquals(10, 10)]                                        | true
        [lessOrEquals('a', 'A')]                                      | false
        [and(true(), false())]                                        | false
        [and(true(), true(), true())]                                 | true
        [or(true(), false())]                                         | true
        [or(false(), false())]                                        | false
        [and(false(), equals(createArray()[0], 'a'))]                 | false
        [or(true(), equals(createArray()[0], 'a'))]                   | true
        [not(true())]                                                 | false
        [not(equals(1, 2))]                                           | true
        [if(equals('a', 'a'), 'yes', 'no')]                           | "yes"
        [if(equals('a', 'b'), 'yes', 'no')]                           | "no"
        [if(true(), 'taken', substring('x', 5, 5))]                   | "taken"
        [bool('true')]                                                | true
        [bool('False')]                                               | false
        [bool(0)]                                                     | false
        [bool(1)]                                                     | true
        [add(5, 3)]                                                   | 8
        [sub(7, 3)]                                                   | 4
        [mul(5, 3)]                                                   | 15
        [div(8, 3)]                                                   | 2
        [mod(7, 3)]                                                   | 1
        [int('4')]                                                    | 4
        [min(createArray(0, 3, 2, 5, 4))]                             | 0
        [min(0, 3, 2, 5, 4)]                                          | 0
        [max(createArray(0, 3, 2, 5, 4))]                             | 5
        [max(0, 3, 2, 5, 4)]                                          | 5
        [add(-3, 1)]                                                  | -2
        [mul(4294967296, 2)]                                          | 8589934592
        """)
    void evaluatesLikeTheDocumentation(String expression, String expected) {
        assertThat(Evaluate.expression(expression)).isEqualTo(Evaluate.json(expected));
    }
}
