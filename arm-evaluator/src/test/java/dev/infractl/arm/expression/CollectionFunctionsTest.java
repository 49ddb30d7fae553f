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
        [join(createArray('a', 'b', 'c'), ',')]                                  | "a,b,c"
        [join(createArray('pip install -r r.txt', 'python app.py'), ' && ')]      | "pip install -r r.txt && python app.py"
        [objectKeys(createObject('a', 1, 'b', 2))]                                | ["a", "b"]
        [items(createObject('item002', 2, 'item001', 1))]                         | [{"key": "item001", "value": 1}, {"key": "item002", "value": 2}]
        [tryGet(createObject('a', createObject('b', 1)), 'a', 'b')]              | 1
        [tryGet(createObject('a', 1), 'x')]                                       | null
        [shallowMerge(createArray(createObject('one', 'a'), createObject('two', 'b')))] | {"one": "a", "two": "b"}
        [flatten(createArray(createArray('one', 'two'), createArray('three'), createArray('four', 'five')))] | ["one", "two", "three", "four", "five"]
        [dateTimeAdd('2020-04-07 14:53:14Z', 'P3Y')]                              | "2023-04-07T14:53:14Z"
        [dateTimeAdd('2020-04-07 14:53:14Z', '-P9D')]                             | "2020-03-29T14:53:14Z"
        [dateTimeAdd('2020-04-07 14:53:14Z', 'PT1H')]                             | "2020-04-07T15:53:14Z"
        [dateTimeFromEpoch(1683040573)]                                           | "2023-05-02T15:16:13Z"
        [filter(createArray(1, 5, 3, 7), lambda('n', greater(lambdaVariables('n'), 4)))] | [5, 7]
        [map(createArray('a', 'b'), lambda('x', 'i', concat(lambdaVariables('x'), string(lambdaVariables('i')))))] | ["a0", "b1"]
        [reduce(createArray(1, 2, 3), 0, lambda('sum', 'n', add(lambdaVariables('sum'), lambdaVariables('n'))))] | 6
        [sort(createArray(3, 1, 2), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))] | [1, 2, 3]
        [toObject(createArray('x', 'y'), lambda('k', lambdaVariables('k')), lambda('k', length(lambdaVariables('k'))))] | {"x": 1, "y": 1}
        [mapValues(createObject('a', 1, 'b', 2), lambda('v', mul(lambdaVariables('v'), 10)))] | {"a": 10, "b": 20}
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
        [groupBy(createArray('foo', 'bar', 'baz'), lambda('x', substring(lambdaVariables('x'), 0, 1)))] | {"f": ["foo"], "b": ["bar", "baz"]}
        [indexFromEnd(createArray('one', 'two', 'three'), 1)]                     | "three"
        [indexFromEnd(createArray('one', 'two', 'three'), 3)]                     | "one"
        [tryIndexFromEnd(createArray('one', 'two', 'three'), 2)]                  | "two"
        [tryIndexFromEnd(createArray('one', 'two', 'three'), 4)]                  | null
        [tryIndexFromEnd(createArray('one'), 0)]                                  | null
        [tryIndexFromEnd(createArray(createObject('a', 1), createObject('a', 2)), 1, 'a')] | 2
        [tryGet(createObject('list', createArray(1, 2, 3)), 'list', createObject('value', 1, 'fromEnd', true()))] | 3
        [float('3.5')]                                                            | 3.5
        [float(2)]                                                                | 2.0
        [json('.25')]                                                             | 0.25
        [json('{''a'': 1}').a]                                                    | 1
        [dateTimeAdd('20261125T131415Z', 'P1Y')]                                  | "2027-11-25T13:14:15Z"
        [dateTimeAdd('2026-11-25', 'PT36H')]                                      | "2026-11-26T12:00:00Z"
        [dateTimeToEpoch('20230502T151613Z')]                                     | 1683040573
        """)
    void evaluatesLikeTheDocumentation(String expression, String expected) {
        assertThat(Evaluate.expression(expression)).isEqualTo(Evaluate.json(expected));
    }
}
