package dev.infractl.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infractl.arm.TemplateException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dataUri() and dataUriToString() on the inputs where engines differ: what Resource Manager answers (the string
 * functions page's examples, and answers measured on Azure: a non-string argument is written as application/json).
 */
class DataUrisTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        [dataUri('Hello')]                                                  | "data:text/plain;charset=utf8;base64,SGVsbG8="
        [dataUri('')]                                                       | "data:text/plain;charset=utf8;base64,"
        [dataUri('héllo')]                                                  | "data:text/plain;charset=utf8;base64,aMOpbGxv"
        [dataUri(100)]                                                      | "data:application/json;charset=utf8;base64,MTAw"
        [dataUri(createArray('one', 200))]                                  | "data:application/json;charset=utf8;base64,WyJvbmUiLDIwMF0="
        [dataUri(json('{"a": [1, 2]}'))]                                    | "data:application/json;charset=utf8;base64,eyJhIjpbMSwyXX0="
        """)
    void dataUriWritesUtf8BytesAndJsonForNonStrings(String expression, String expected) {
        assertThat(Evaluate.expression(expression)).isEqualTo(Evaluate.json(expected));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        [dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')]                         | "Hello, World!"
        [dataUriToString(dataUri('héllo'))]                                            | "héllo"
        [dataUriToString('data:text/plain;charset=UTF-8;base64,aMOpbGxv')]             | "héllo"
        [dataUriToString('data:;base64,aMOpbGxv')]                                     | "h??llo"
        [dataUriToString('data:text/plain;charset=iso-8859-1;base64,R3L832U=')]        | "Grüße"
        [dataUriToString('data:application/json;base64,MTAw')]                         | "100"
        [dataUriToString('data:text/plain;charset=UTF-8;page=21,the%20data:1234,5678')] | "the data:1234,5678"
        [dataUriToString('data:,')]                                                    | ""
        [dataUriToString(dataUri(''))]                                                 | ""
        """)
    void dataUriToStringReadsTheCharsetItNames(String expression, String expected) {
        assertThat(Evaluate.expression(expression)).isEqualTo(Evaluate.json(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        [dataUriToString('')]                                       | valid data URI
        [dataUriToString('data:invalid datauri')]                   | valid data URI
        [dataUriToString('text/plain;base64,SGVsbG8=')]             | valid data URI
        [dataUriToString('data:;foo;base64,SGVsbG8=')]              | valid data URI
        [dataUriToString('data:;charset=klingon;base64,SGVsbG8=')]  | charset 'klingon' is not supported
        [dataUriToString('data:;base64,not base64!')]               | not valid base64
        """)
    void dataUriToStringRefusesWhatIsNoDataUri(String expression, String message) {
        assertThatThrownBy(() -> Evaluate.expression(expression)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("dataUriToString").hasMessageContaining(message);
    }
}
