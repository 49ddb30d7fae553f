package dev.infractl.params;

import static dev.infractl.params.TestProject.parametersFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.infractl.InfractlException;
import dev.infractl.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each mistake is reported once: its consequences ("has no value", a name still holding ${VAR}) are not more mistakes. */
class OneMistakeOneProblemTest {

    final TestProject project;

    OneMistakeOneProblemTest(@TempDir Path root) {
        project = new TestProject(root);
        project.declare("modelName", "{\"type\": \"string\"}");
    }

    @Test
    void brokenJsonIsNotAlsoReportedAsTheValuesItWouldHaveSet() {
        project.write("infra/provision/inference.parameters.json", "{\"parameters\": {\"modelName\" {\"value\": \"phi3\"}}}");

        List<Problem> problems = problems();

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("invalid JSON"));
    }

    @Test
    void aMissingParametersFileIsNotAlsoReportedAsTheValuesItWouldHaveSet() {
        project.parameterFiles.add(project.root.resolve("ci.parameters.json"));

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("parameters file not found"));
    }

    @Test
    void anEntryWrittenWithoutValueIsNotAlsoMissing() {
        project.write("infra/provision/inference.parameters.json", parametersFile("\"modelName\": \"phi3\""));

        assertThat(problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("parameter modelName must be written as {\"value\": ...}"));
    }

    @Test
    void anUnsetVariableIsNotAlsoAnInvalidName() {
        project.write("infra/provision/inference.parameters.json", parametersFile("\"modelName\": {\"value\": \"m\"}",
                "\"acaAppName\": {\"value\": \"app-${APP_SUFFIX}\"}"));

        assertThat(problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("environment variable APP_SUFFIX is not set"));
    }

    @Test
    void aCommandLineValueThatCannotBeReadIsNotAlsoMissing() {
        List<Problem> problems = problems("modelName=@" + project.root.resolve("absent.json"));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("cannot read the file (not found)"));
    }

    @Test
    void aNameTooShortForTheTemplateIsNotAlsoTooShortForAzure() {
        List<Problem> problems = problems("modelName=m", "storageAccountName=ab");

        assertThat(problems).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("--param storageAccountName has 2 characters, fewer than the minimum 3"));
    }

    @Test
    void aNameTooLongWithAnUppercaseLetterIsTwoMistakes() {
        List<Problem> problems = problems("modelName=m", "storageAccountName=Aaaaaaaaaaaaaaaaaaaaaaaaaa");

        assertThat(problems).extracting(Problem::message).containsExactly(
                "--param storageAccountName has 26 characters, more than the maximum 24",
                "--param storageAccountName: 'Aaaaaaaaaaaaaaaaaaaaaaaaaa' is not a valid storage account name"
                        + " (uppercase 'A' is not allowed)");
    }

    @Test
    void aMissingValueWithNothingElseWrongIsStillReported() {
        assertThat(problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("parameter modelName has no value"));
    }

    private List<Problem> problems(String... params) {
        return catchThrowableOfType(() -> project.resolve(params), InfractlException.class).problems();
    }
}
