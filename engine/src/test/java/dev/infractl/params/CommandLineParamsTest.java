package dev.infractl.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --param NAME=VALUE is read by the declared type of NAME. */
class CommandLineParamsTest {

    final TestProject project;

    CommandLineParamsTest(@TempDir Path root) {
        project = new TestProject(root);
    }

    @Test
    void anIntIsReadAsANumber() {
        assertThat(project.resolved("maximumInstanceCount", "maximumInstanceCount=3").value().isIntegralNumber()).isTrue();
    }

    @Test
    void aBoolIsReadFromTrueOrFalse() {
        assertThat(project.resolved("enableProbes", "enableProbes=false").value().booleanValue()).isFalse();
    }

    @Test
    void anArrayIsReadAsJson() {
        ResolvedParameter ranges = project.resolved("allowedIpRanges", "allowedIpRanges=[\"10.0.0.0/8\",\"192.168.1.1/32\"]");

        assertThat(ranges.value().size()).isEqualTo(2);
        assertThat(ranges.value().get(1).asText()).isEqualTo("192.168.1.1/32");
    }

    @Test
    void anObjectIsReadAsJson() {
        assertThat(project.resolved("appSettings", "appSettings={\"MODEL\": \"phi-3\"}").value().get("MODEL").asText())
                .isEqualTo("phi-3");
    }

    @Test
    void aStringIsTakenAsIsEvenWithEqualsSigns() {
        assertThat(project.resolved("containerImage", "containerImage=img:1?a=b").value().asText()).isEqualTo("img:1?a=b");
    }

    @Test
    void atFileReadsAJsonFileAndNamesItAsTheSource() {
        Path commands = project.write("commands.json", "[\"pip install -r requirements.txt\", \"python app.py\"]");

        ResolvedParameter value = project.resolved("defaultCommands", "defaultCommands=@" + commands);

        assertThat(value.value().get(1).asText()).isEqualTo("python app.py");
        assertThat(value.sourceText()).isEqualTo("--param @" + commands);
    }

    @Test
    void doubleAtIsALiteralAt() {
        assertThat(project.resolved("containerImage", "containerImage=@@latest").value().asText()).isEqualTo("@latest");
    }

    @Test
    void aBadIntIsBadInputNamingTheParameterAndTheType() {
        Problem problem = onlyProblem("maximumInstanceCount=three");

        assertThat(problem.message()).isEqualTo("--param maximumInstanceCount: 'three' is not an int");
        assertThat(problem.hint()).contains("declared as int");
    }

    @Test
    void aBadBoolAndBadJsonAreBadInput() {
        InfractlException error = failure("enableProbes=yes", "allowedIpRanges=[1,");

        assertThat(error.problems()).extracting(Problem::message).containsExactly(
                "--param enableProbes: 'yes' is not a bool (true or false)",
                "--param allowedIpRanges: not valid JSON (the JSON ends inside an array)");
    }

    @Test
    void anAtFileWithTheWrongTypeIsBadInput() {
        Path file = project.write("count.json", "\"three\"");

        assertThat(onlyProblem("maximumInstanceCount=@" + file).message()).contains("does not hold an int");
    }

    @Test
    void aParamWithoutEqualsIsBadInput() {
        assertThat(onlyProblem("maximumInstanceCount").message()).contains("expected NAME=VALUE");
    }

    @Test
    void aSecureObjectThatIsNotJsonDoesNotEchoItsText() {
        project.declare("secrets", "{\"type\": \"secureObject\", \"defaultValue\": {}}");

        assertThat(onlyProblem("secrets={token: s3cr3t").message()).doesNotContain("s3cr3t");
    }

    private Problem onlyProblem(String... params) {
        InfractlException error = failure(params);
        assertThat(error.problems()).hasSize(1);
        return error.problems().get(0);
    }

    private InfractlException failure(String... params) {
        InfractlException error = catchThrowableOfType(InfractlException.class, () -> project.resolve(params));
        assertThat(error).isNotNull();
        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        return error;
    }
}
