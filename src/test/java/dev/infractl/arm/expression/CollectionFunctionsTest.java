package dev.infractl.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples from Microsoft's "Array functions" and "Object functions for ARM templates" pages. */
class CollectionFunctionsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        [array('efgh')]                                                           | ["efgh"]
        [array(createArray(1, 2, 3))]                                             | [1, 2, 3]
        [concat(createArray('1-1', '1-2', '1-3'), createArray('2-1', '2-2', '2-3'))] | ["1-1", "1-2", "1-3", "2-1", "2-2", "2-3"]
        [contains(createArray('one', 'two', 'three'), 'three')]                   | true
        [contains(createArray('one', 'two', 'three'), 'four')]                    | false
        [contains(createObject('one', 'a', 'two', 'b', 'three', 'c'), 'two')]     | true
        [createArray('a', 'b', 'c')]                                              | ["a", "b", "c"]
        [createArray(1, 2, 3)]                                                    | [1, 2, 3]
        [empty(createArray())]                                                    | true
        [empty(createObject())]                                                   | true
        [empty(createArray('a'))]                                                 | false
        [first(createArray('one', 'two', 'three'))]                               | "one"
        [last(createArray('one', 'two', 'three'))]                                | "three"
        [indexOf(createArray('one', 'two', 'three'), 'two')]                      | 1
        [indexOf(createArray(1, 2, 3), 4)]                                        | -1
        [lastIndexOf(createArray(1, 2, 3, 1), 1)]                                 | 3
        [intersection(createArray('one', 'two', 'three'), createArray('two', 'three'))] | ["two", "three"]
        [intersection(createObject('one', 'a', 'two', 'b', 'three', 'c'), createObject('one', 'a', 'two', 'z', 'three', 'c'))] | {"one": "a", "three": "c"}
        [length(createArray('one', 'two', 'three'))]                              | 3
        [length(createObject('propA', 'one', 'propB', 'two', 'propC', 'three'))]  | 3
        [range(1, 5)]                                                             | [1, 2, 3, 4, 5]
        [skip(createArray('one', 'two', 'three'), 2)]                             | ["three"]
        [take(createArray('one', 'two', 'three'), 2)]                             | ["one", "two"]
        [take(createArray('one', 'two', 'three'), 5)]                             | ["one", "two", "three"]
        [union(createArray('one', 'two', 'three'), createArray('three', 'four'))] | ["one", "two", "three", "four"]
        [union(createObject('one', 'a', 'two', 'b', 'three', 'c1'), createObject('three', 'c2', 'four', 'd', 'five', 'e'))] | {"one": "a", "two": "b", "three": "c2", "four": "d", "five": "e"}
        [createObject('intProp', 1, 'stringProp', 'abc', 'boolProp', true(), 'arrayProp', createArray('a', 'b', 'c'), 'objectProp', createObject('key1', 'value1'))] | {"intProp": 1, "stringProp": "abc", "boolProp": true, "arrayProp": ["a", "b", "c"], "objectProp": {"key1": "value1"}}
        [json('{"a": "b"}')]                                                      | {"a": "b"}
        [json('null')]                                                            | null
        [json('true')]                                                            | true
        [json('"demo"')]                                                          | "demo"
        [json('[1, 2]')[1]]                                                       | 2
        [createObject('a', createObject('b', 'deep')).a.b]                        | "deep"
        [createObject('Name', 'x')['name']]                                       | "x"
        """)
    void evaluatesLikeTheDocumentation(String expression, String expected) {
        assertThat(Evaluate.expression(expression)).isEqualTo(Evaluate.json(expected));
    }
}
