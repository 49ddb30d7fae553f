package dev.infractl.params;

import static dev.infractl.params.TestProject.parametersFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of mistake is found offline, with where it is and how to fix it, all in one pass. */
class ParameterValidationTest {

    final TestProject project;

    ParameterValidationTest(@TempDir Path root) {
        project = new TestProject(root);
    }

    @Test
    void syntaxErrorsInSeveralFilesAreAllReportedWithLineAndColumn() {
        project.write("infra/provision/inference.parameters.json", "{\n  \"parameters\": {\n    \"a\": {\"value\": 1}\n    \"b\": 2\n}");
        project.write("infra/finetuning.config.json", "{\"SUBSCRIPTION_ID\": }");

        List<Problem> problems = problems();

        assertThat(problems).hasSize(2);
        assertThat(problems).extracting(p -> p.location().describe()).containsExactlyInAnyOrder(
                "infra/provision/inference.parameters.json:4:5", project.root.resolve("infra/finetuning.config.json") + ":1:21");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("invalid JSON"));
    }

    @Test
    void anUnknownNameInAFileSuggestsTheDeclaredOneAndPointsAtItsLine() {
        project.write("infra/provision/inference.parameters.json", parametersFile("\"maximumInstanceCont\": {\"value\": 3}"));

        Problem problem = onlyProblem();

        assertThat(problem.message()).isEqualTo("parameter maximumInstanceCont is not declared by the template");
        assertThat(problem.hint()).isEqualTo("did you mean maximumInstanceCount?");
        assertThat(problem.location()).isEqualTo(new SourceLocation(Path.of("infra/provision/inference.parameters.json"),
                5, 5, "$.parameters.maximumInstanceCont"));
    }

    @Test
    void anUnknownNameOnTheCommandLineSuggestsTheDeclaredOne() {
        Problem problem = onlyProblem("maximumInstanceCont=3");

        assertThat(problem.message()).isEqualTo("--param maximumInstanceCont is not declared by the template");
        assertThat(problem.hint()).isEqualTo("did you mean maximumInstanceCount?");
    }

    @Test
    void anUnknownNameFarFromAnyListsTheDeclaredNames() {
        assertThat(onlyProblem("zzzzzzzz=1").hint()).startsWith("the template declares defaultCommands, maximumInstanceCount");
    }

    @Test
    void aWrongTypeInAFilePointsAtTheValue() {
        project.write("infra/provision/inference.parameters.json", parametersFile("\"maximumInstanceCount\": {\"value\": \"3\"}"));

        Problem problem = onlyProblem();

        assertThat(problem.message()).isEqualTo("parameter maximumInstanceCount is declared as int but the value is a string ('3')");
        assertThat(problem.hint()).isEqualTo("write an int such as 3");
        assertThat(problem.location().describe())
                .isEqualTo("infra/provision/inference.parameters.json:5:30 ($.parameters.maximumInstanceCount.value)");
    }

    @Test
    void aParameterWithNoValueAndNoDefaultIsMissing() {
        project.declare("modelName", "{\"type\": \"string\"}");

        Problem problem = onlyProblem();

        assertThat(problem.message()).isEqualTo("parameter modelName has no value and the template gives it no default");
        assertThat(problem.hint()).contains("--param modelName=VALUE");
        assertThat(problem.location().jsonPath()).isEqualTo("$.parameters.modelName");
    }

    @Test
    void aValueOutsideTheAllowedOnesSuggestsTheClosest() {
        Problem problem = onlyProblem("gpuProfile=NC24-A10");

        assertThat(problem.message()).isEqualTo("--param gpuProfile: 'NC24-A10' is not one of the allowed values");
        assertThat(problem.hint()).startsWith("did you mean 'NC24-A100'? allowed: 'NC24-A100', ");
    }

    @Test
    void eachElementOfAnArrayIsCheckedAgainstTheAllowedValues() {
        project.declare("zones", "{\"type\": \"array\", \"defaultValue\": [], \"allowedValues\": [\"1\", \"2\", \"3\"]}");

        assertThat(onlyProblem("zones=[\"1\", \"4\"]").message()).isEqualTo("--param zones: '4' is not one of the allowed values");
    }

    @Test
    void intsOutsideMinAndMaxValueAreReported() {
        assertThat(onlyProblem("maximumInstanceCount=0").message()).isEqualTo("--param maximumInstanceCount: 0 is below the minimum 1");
        assertThat(onlyProblem("maximumInstanceCount=11").message()).isEqualTo("--param maximumInstanceCount: 11 is above the maximum 10");
    }

    @Test
    void stringsAndArraysOutsideMinAndMaxLengthAreReported() {
        List<Problem> problems = problems("storageAccountName=st", "defaultCommands=[]");

        assertThat(problems).extracting(Problem::message).contains(
                "--param storageAccountName has 2 characters, fewer than the minimum 3",
                "--param defaultCommands has 0 elements, fewer than the minimum 1");
    }

    @Test
    void aStorageAccountNameBreakingAzuresRuleNamesTheRuleAndAFix() {
        Problem problem = onlyProblem("storageAccountName=Bad_Name");

        assertThat(problem.message()).isEqualTo("--param storageAccountName: 'Bad_Name' is not a valid storage account name"
                + " (uppercase 'B' is not allowed)");
        assertThat(problem.hint()).startsWith("storage account names are 3-24 characters, lowercase letters and digits only;"
                + " try 'badname'");
    }

    @Test
    void everyNamingRuleIsAppliedToItsParameter() {
        List<Problem> problems = problems("fileShareName=share--x", "acaEnvironmentName=1env", "acaEnvironmentStorageName=st_1",
                "acaAppName=app-", "acaLogAnalyticsName=log");

        assertThat(problems).extracting(Problem::message).containsExactly(
                "--param fileShareName: 'share--x' is not a valid file share name (it has '--')",
                "--param acaEnvironmentName: '1env' is not a valid Container Apps environment name (it starts with '1')",
                "--param acaEnvironmentStorageName: 'st_1' is not a valid environment storage name ('_' is not allowed)",
                "--param acaAppName: 'app-' is not a valid container app name (it ends with '-')",
                "--param acaLogAnalyticsName: 'log' is not a valid Log Analytics workspace name (it has 3 characters)");
    }

    @Test
    void anUnknownLocationSuggestsTheNearestRegionOfTheCloud() {
        Problem problem = onlyProblem("location=westeuropa");

        assertThat(problem.message()).isEqualTo("--param location: 'westeuropa' is not a region of AzureCloud");
        assertThat(problem.hint()).startsWith("did you mean 'westeurope'?");
    }

    @Test
    void aRegionOfAnotherCloudSaysWhichCloud() {
        project.location = "chinaeast2";

        assertThat(onlyProblem().hint()).isEqualTo("'chinaeast2' is a region of AzureChinaCloud: pass --cloud AzureChinaCloud");
    }

    @Test
    void displayNamesOfRegionsAreAccepted() {
        assertThat(project.resolved("location", "location=West Europe").value().asText()).isEqualTo("West Europe");
    }

    @Test
    void locationsAreNotCheckedForACustomCloud() {
        project.cloud = null;

        assertThat(project.resolved("location", "location=azurestack1").value().asText()).isEqualTo("azurestack1");
    }

    @Test
    void anUnsetVariableIsReportedAtItsLineAndColumn() {
        project.write("infra/provision/inference.parameters.json",
                parametersFile("\"containerImage\": {\"value\": \"${REGISTRY}/app:1\"}"));

        Problem problem = onlyProblem();

        assertThat(problem.message()).isEqualTo("environment variable REGISTRY is not set");
        assertThat(problem.location().describe())
                .isEqualTo("infra/provision/inference.parameters.json:5:34 ($.parameters.containerImage.value)");
    }

    @Test
    void aMissingParametersFileIsReported() {
        project.parameterFiles.add(project.root.resolve("nowhere.json"));

        assertThat(onlyProblem().message()).isEqualTo("parameters file not found: nowhere.json");
    }

    @Test
    void aParametersFileWithoutAParametersObjectIsReported() {
        project.write("infra/provision/inference.parameters.json", "{\"maximumInstanceCount\": {\"value\": 2}}");

        assertThat(onlyProblem().message()).isEqualTo("a parameters file needs a \"parameters\" object");
    }

    @Test
    void anEntryWithoutValueSaysHowToWriteIt() {
        project.write("infra/provision/inference.parameters.json", parametersFile("\"maximumInstanceCount\": 2"));

        Problem problem = onlyProblem();

        assertThat(problem.message()).isEqualTo("parameter maximumInstanceCount must be written as {\"value\": ...}");
        assertThat(problem.location().line()).isEqualTo(5);
    }

    @Test
    void aWholeVariableThatIsNotAnIntIsReported() {
        project.environment.put("INSTANCES", "many");
        project.write("infra/provision/inference.parameters.json",
                parametersFile("\"maximumInstanceCount\": {\"value\": \"${INSTANCES}\"}"));

        assertThat(onlyProblem().message()).isEqualTo("parameter maximumInstanceCount from ${INSTANCES}: 'many' is not an int");
    }

    @Test
    void anUnknownCloudIsReported() {
        project.cloud = "AzureGermanCloud";

        assertThat(onlyProblem().message()).isEqualTo("unknown cloud 'AzureGermanCloud'");
    }

    @Test
    void everyProblemIsReportedInOnePass() {
        project.write("infra/provision/inference.parameters.json", parametersFile(
                "\"maximumInstanceCont\": {\"value\": 3}", "\"containerImage\": {\"value\": \"${UNSET}\"}"));

        List<Problem> problems = problems("storageAccountName=Bad_Name", "gpuProfile=T4", "location=mars");

        assertThat(problems).hasSize(5);
    }

    private Problem onlyProblem(String... params) {
        List<Problem> problems = problems(params);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private List<Problem> problems(String... params) {
        InfractlException error = catchThrowableOfType(InfractlException.class, () -> project.resolve(params));
        assertThat(error).as("expected bad input").isNotNull();
        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        return error.problems();
    }
}
