package dev.infractl.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples from Microsoft's "String functions for ARM templates" page, with the outputs it documents. */
class StringFunctionsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        [base64('one, two, three')]                                           | "b25lLCB0d28sIHRocmVl"
        [base64ToString('b25lLCB0d28sIHRocmVl')]                              | "one, two, three"
        [base64ToJson('eydvbmUnOiAnYScsICd0d28nOiAnYid9')]                    | {"one": "a", "two": "b"}
        [base64(json('{''one'': ''a''}').one)]                                | "YQ=="
        [concat('prefix', '-', 'suffix')]                                     | "prefix-suffix"
        [contains('OneTwoThree', 'e')]                                        | true
        [contains('OneTwoThree', 'z')]                                        | false
        [dataUri('Hello')]                                                    | "data:text/plain;charset=utf8;base64,SGVsbG8="
        [dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')]                | "Hello, World!"
        [empty('')]                                                           | true
        [endsWith('abcdef', 'ef')]                                            | true
        [endsWith('abcdef', 'F')]                                             | true
        [endsWith('abcdef', 'e')]                                             | false
        [startsWith('abcdef', 'ab')]                                          | true
        [startsWith('abcdef', 'A')]                                           | true
        [startsWith('abcdef', 'e')]                                           | false
        [first('One Two Three')]                                              | "O"
        [last('One Two Three')]                                               | "e"
        [format('{0}, {1}. Formatted number: {2:N0}', 'Hello', 'User', 8175133)] | "Hello, User. Formatted number: 8,175,133"
        [format('{0:D2}-{1}', 7, 'x')]                                        | "07-x"
        [indexOf('test', 't')]                                                | 0
        [indexOf('abcdef', 'CD')]                                             | 2
        [indexOf('abcdef', 'z')]                                              | -1
        [lastIndexOf('test', 't')]                                            | 3
        [lastIndexOf('abcdef', 'AB')]                                         | 0
        [length('One Two Three')]                                             | 13
        [padLeft('123', 10, '0')]                                             | "0000000123"
        [replace('123-123-1234', '-', '')]                                    | "1231231234"
        [replace('123-123-1234', '1234', 'xxxx')]                             | "123-123-xxxx"
        [skip('one two three', 4)]                                            | "two three"
        [split('one,two,three', ',')]                                         | ["one", "two", "three"]
        [split('one;two,three', createArray(',', ';'))]                       | ["one", "two", "three"]
        [string(createObject('valueA', 10, 'valueB', 'Example Text'))]        | "{\\"valueA\\":10,\\"valueB\\":\\"Example Text\\"}"
        [string(createArray('a', 'b', 'c'))]                                  | "[\\"a\\",\\"b\\",\\"c\\"]"
        [string(5)]                                                           | "5"
        [substring('one two three', 4, 3)]                                    | "two"
        [take('one two three', 2)]                                            | "on"
        [toLower('One Two Three')]                                            | "one two three"
        [toUpper('One Two Three')]                                            | "ONE TWO THREE"
        [trim('    one two three   ')]                                        | "one two three"
        [uri('http://contoso.com/resources/', 'nested/azuredeploy.json')]     | "http://contoso.com/resources/nested/azuredeploy.json"
        [uriComponent('http://contoso.com/resources/nested/azuredeploy.json')] | "http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json"
        [uriComponentToString('http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json')] | "http://contoso.com/resources/nested/azuredeploy.json"
        [concat('It''s', ' quoted')]                                          | "It's quoted"
        [uriComponent('a b*c~d!é')]                                           | "a%20b%2Ac~d%21%C3%A9"
        [uriComponentToString('a+b%20c%zz%C3%A9')]                            | "a+b c%zzé"
        [[not an expression]                                                  | "[not an expression]"
        """)
    void evaluatesLikeTheDocumentation(String expression, String expected) {
        assertThat(Evaluate.expression(expression)).isEqualTo(Evaluate.json(expected));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        [uniqueString('test')]                    | "rbgf3xv4ufgzg"
        [uniqueString('test', 'test2', 'test3')]  | "bqgd334z2uj64"
        [guid('test')]                            | "d6a5baf1-8b9b-542a-8525-2982f1f98a0c"
        """)
    void hashesLikeAzure(String expression, String expected) {
        assertThat(Evaluate.expression(expression)).isEqualTo(Evaluate.json(expected));
    }
}
