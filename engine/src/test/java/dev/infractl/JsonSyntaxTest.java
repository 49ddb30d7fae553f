package dev.infractl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.infractl.config.JsonFiles;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON mistakes are told in the user's words at file:line:column, never in the parser's (StreamReadFeature...). */
class JsonSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\\n  \"a\": 1|p.json:2:9|invalid JSON: the JSON ends before the object opened at line 1, column 1 is closed|add the missing '}'",
        "{\"a\": [1, 2}|p.json:1:12|invalid JSON: '}' closes the array opened at line 1, column 7|close it with ']'",
        "{\"a\": 1,}|p.json:1:9|invalid JSON: a comma before '}'|remove the last comma",
        "[1,]|p.json:1:4|invalid JSON: a comma before ']'|remove the last comma",
        "{'a': 1}|p.json:1:2|invalid JSON: single quotes are not JSON|double quotes",
        "{a: 1}|p.json:1:2|invalid JSON: a name without double quotes|\"name\": value",
        "{\"a\" 1}|p.json:1:6|invalid JSON: ':' missing between a name and its value|\"name\": value",
        "{\"a\": 1 \"b\": 2}|p.json:1:9|invalid JSON: ',' missing between two members|add a comma",
        "{\"a\": True}|p.json:1:7|invalid JSON: 'True' is not a JSON value|lowercase: true",
        "{\"a\": hunter2}|p.json:1:7|invalid JSON: a word without double quotes|double quotes",
        "{\"a\": NaN}|p.json:1:10|invalid JSON: a word without double quotes|double quotes",
        "{\"a\": \"C:\\models\"}|p.json:1:11|invalid JSON: '\\m' is not a JSON escape|write a backslash as \\\\",
        "{\"a\": 01}|p.json:1:8|invalid JSON: a number starts with 0|write 1, not 01",
        "{\"a\": \"abc|p.json:1:11|invalid JSON: the JSON ends inside a string|closing",
        "{\"a\": 1}}|p.json:1:9|invalid JSON: an extra '}' with nothing open to close|remove it",
        "{\"a\": 1} {\"b\": 2}|p.json:1:10|invalid JSON: more text after the end of the JSON document|remove what follows"})
    void eachMistakeIsNamedWithWhereAndHowToFixIt(String text, String where, String message, String hint) {
        String json = text.replace("\\n", "\n");

        InfractlException error = catchThrowableOfType(() -> JsonFiles.parse(Path.of("p.json"), json), InfractlException.class);

        Problem problem = error.problems().get(0);
        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(problem.location().describe()).isEqualTo(where);
        assertThat(problem.message()).isEqualTo(message).doesNotContain("Feature").doesNotContain("Source");
        assertThat(problem.hint()).contains(hint);
    }
}
